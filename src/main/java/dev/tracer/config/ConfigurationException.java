package dev.tracer.config;

/** The user's configuration is wrong; the message says which property or element and how to fix it. */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}

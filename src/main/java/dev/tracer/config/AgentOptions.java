package dev.tracer.config;

import dev.tracer.messages.Messages;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code tracer:agent-test} and {@code tracer:cache} need beyond the document's options, validated.
 *
 * @param cacheDir       the event cache's directory, relative to the project's root directory
 *                       ({@code tracer.cacheDir}, environment {@value #CACHE_DIR_ENV}, default {@code .tracer})
 * @param waitTimeout    how long a request waits for earlier ones ({@code tracer.waitTimeout}, default 30 minutes)
 * @param cacheRetention how long runs stay in the cache ({@code tracer.cacheRetention}, default 1 hour)
 * @param cacheMaxBytes  the most the cached runs may take on disk ({@code tracer.cacheMaxSize}, default 64 MB)
 */
public record AgentOptions(String cacheDir, Duration waitTimeout, Duration cacheRetention, long cacheMaxBytes) {

    public static final String CACHE_DIR_ENV = GoalParameter.CACHE_DIR.environment();
    public static final String DEFAULT_CACHE_DIR = GoalParameter.CACHE_DIR.defaultValue();

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    /** Parses the raw values (null when unset); the cache directory falls back to {@value #CACHE_DIR_ENV}. */
    public static AgentOptions parse(String cacheDir, String waitTimeout, String cacheRetention, String cacheMaxSize,
            Map<String, String> environment) {
        String dir = cacheDir;
        if (dir == null) {
            String fromEnv = environment.get(CACHE_DIR_ENV);
            if (fromEnv != null && fromEnv.isBlank()) {
                throw new ConfigurationException(Messages.blankEnv(CACHE_DIR_ENV));
            }
            dir = fromEnv == null ? DEFAULT_CACHE_DIR : fromEnv;
        } else if (dir.isBlank()) {
            throw new ConfigurationException(Messages.blankCacheDir());
        }
        return new AgentOptions(dir,
                duration(GoalParameter.WAIT_TIMEOUT, waitTimeout),
                duration(GoalParameter.CACHE_RETENTION, cacheRetention),
                size(GoalParameter.CACHE_MAX_SIZE, cacheMaxSize));
    }

    /** A duration parameter's value, its default when not given. */
    private static Duration duration(GoalParameter parameter, String value) {
        return duration(parameter.property(), parameter.element(), value != null ? value : parameter.defaultValue(),
                null);
    }

    private static long size(GoalParameter parameter, String value) {
        return size(parameter.property(), parameter.element(), value != null ? value : parameter.defaultValue(), 0);
    }

    /** {@code 90s}, {@code 30m}, {@code 1h}, {@code 2d}, {@code 500ms}, or ISO-8601 ({@code PT30M}). */
    static Duration duration(String property, String element, String value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        Duration parsed = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            parsed = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else if (v.startsWith("pt") || v.startsWith("p")) {
            try {
                parsed = Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                parsed = null;
            }
        }
        if (parsed == null || parsed.isNegative() || parsed.isZero() && !property.equals("tracer.waitTimeout")) {
            throw new ConfigurationException(Messages.notDuration(property, element, value));
        }
        return parsed;
    }

    /** {@code 64MB}, {@code 512KB}, {@code 1GB}, or a number of bytes. */
    static long size(String property, String element, String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigurationException(Messages.notSize(property, element, value));
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit) {
            case "kb" -> n << 10;
            case "mb" -> n << 20;
            case "gb" -> n << 30;
            default -> n;
        };
    }

    /** A duration as the user would write it: {@code 30m}, {@code 1h}, {@code 90s}. */
    public static String show(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s % 86_400 == 0 && s > 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}

package dev.tracer.maven.surefire;

import org.apache.maven.lifecycle.internal.MojoDescriptorCreator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Builds the configuration of Surefire's {@code test} mojo the way Maven would for the project's own
 * {@code default-test} execution, with Tracer's additions on top: ours over the user's over the mojo's defaults,
 * keeping only parameters the mojo knows (as Maven's {@code DefaultLifecycleExecutionPlanCalculator} does).
 */
final class SurefireConfiguration {
    static final String LISTENER_PROPERTY = "listener";

    private SurefireConfiguration() {
    }

    /**
     * @param user      the user's configuration ({@code default-test} execution over plugin level), or null
     * @param listenerJar the jar with the listener, appended to {@code additionalClasspathElements}
     * @param runListenerClass the JUnit 4 RunListener to add to Surefire's {@code listener} property, or null
     * @param quiet     Maven runs with {@code -q}: keep what tests print in Surefire's report files
     */
    static Xpp3Dom build(MojoDescriptor descriptor, Xpp3Dom user, String listenerJar, String runListenerClass,
            boolean quiet) {
        return build(descriptor, user, listenerJar, runListenerClass, quiet, java.util.Map.of());
    }

    /**
     * @param parameters Surefire parameters that replace the user's (Tracer selects the tests for {@code tracer.failed}
     *                   and reruns: {@code test}, {@code failIfNoSpecifiedTests}, {@code reportsDirectory})
     */
    static Xpp3Dom build(MojoDescriptor descriptor, Xpp3Dom user, String listenerJar, String runListenerClass,
            boolean quiet, java.util.Map<String, String> parameters) {
        Xpp3Dom userCopy = user == null ? new Xpp3Dom("configuration") : new Xpp3Dom(user);
        Xpp3Dom ours = overlay(userCopy, listenerJar, runListenerClass, quiet);
        if (parameters != null) {
            parameters.forEach((name, value) -> ours.addChild(leaf(name, value)));
        }
        Xpp3Dom merged = Xpp3Dom.mergeXpp3Dom(ours, userCopy);
        return finalizeFor(descriptor, merged);
    }

    static Xpp3Dom overlay(Xpp3Dom user, String listenerJar, String runListenerClass, boolean quiet) {
        Xpp3Dom ours = new Xpp3Dom("configuration");
        // Failures come back as data; the build fails later, after the document is written.
        ours.addChild(leaf("testFailureIgnore", "true"));
        if (quiet) {
            ours.addChild(leaf("redirectTestOutputToFile", "true"));
        }
        Xpp3Dom classpath = new Xpp3Dom("additionalClasspathElements");
        classpath.setAttribute(Xpp3Dom.CHILDREN_COMBINATION_MODE_ATTRIBUTE, Xpp3Dom.CHILDREN_COMBINATION_APPEND);
        classpath.addChild(leaf("additionalClasspathElement", listenerJar));
        ours.addChild(classpath);
        if (runListenerClass != null) {
            ours.addChild(withRunListener(user.getChild("properties"), runListenerClass));
        }
        return ours;
    }

    /** The user's {@code <properties>} with our RunListener appended to theirs, if they register one. */
    static Xpp3Dom withRunListener(Xpp3Dom userProperties, String runListenerClass) {
        Xpp3Dom properties = new Xpp3Dom("properties");
        properties.setAttribute(Xpp3Dom.SELF_COMBINATION_MODE_ATTRIBUTE, Xpp3Dom.SELF_COMBINATION_OVERRIDE);
        boolean added = false;
        if (userProperties != null) {
            for (Xpp3Dom property : userProperties.getChildren()) {
                Xpp3Dom copy = new Xpp3Dom(property);
                Xpp3Dom name = copy.getChild("name");
                Xpp3Dom value = copy.getChild("value");
                if (name != null && LISTENER_PROPERTY.equals(trim(name.getValue())) && value != null) {
                    String existing = trim(value.getValue());
                    value.setValue(existing.isEmpty() ? runListenerClass : existing + "," + runListenerClass);
                    added = true;
                }
                properties.addChild(copy);
            }
        }
        if (!added) {
            Xpp3Dom property = new Xpp3Dom("property");
            property.addChild(leaf("name", LISTENER_PROPERTY));
            property.addChild(leaf("value", runListenerClass));
            properties.addChild(property);
        }
        return properties;
    }

    static Xpp3Dom finalizeFor(MojoDescriptor descriptor, Xpp3Dom configuration) {
        Xpp3Dom defaults = MojoDescriptorCreator.convert(descriptor);
        Xpp3Dom result = new Xpp3Dom("configuration");
        if (descriptor.getParameters() == null) {
            return result;
        }
        for (Parameter parameter : descriptor.getParameters()) {
            Xpp3Dom value = configuration.getChild(parameter.getName());
            if (value == null && parameter.getAlias() != null) {
                value = configuration.getChild(parameter.getAlias());
            }
            Xpp3Dom defaultValue = defaults.getChild(parameter.getName());
            value = Xpp3Dom.mergeXpp3Dom(value == null ? null : new Xpp3Dom(value),
                    defaultValue == null ? null : new Xpp3Dom(defaultValue), Boolean.TRUE);
            if (value != null) {
                value = new Xpp3Dom(value, parameter.getName());
                String implementation = parameter.getImplementation();
                if (isBlank(value.getAttribute("implementation")) && !isBlank(implementation)) {
                    value.setAttribute("implementation", implementation);
                }
                result.addChild(value);
            }
        }
        return result;
    }

    static Xpp3Dom leaf(String name, String value) {
        Xpp3Dom dom = new Xpp3Dom(name);
        dom.setValue(value);
        return dom;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package dev.tracer.maven.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class SurefireConfigurationTest {

    private static MojoDescriptor descriptor() throws Exception {
        MojoDescriptor d = new MojoDescriptor();
        for (String name : List.of("argLine", "testFailureIgnore", "additionalClasspathElements", "properties",
                "redirectTestOutputToFile", "reportsDirectory", "test", "includes")) {
            Parameter p = new Parameter();
            p.setName(name);
            p.setType("java.lang.String");
            d.addParameter(p);
        }
        d.setMojoConfiguration(new XmlPlexusConfiguration(dom("""
                <configuration>
                  <argLine>${argLine}</argLine>
                  <testFailureIgnore default-value="false">${maven.test.failure.ignore}</testFailureIgnore>
                  <reportsDirectory default-value="${project.build.directory}/surefire-reports"/>
                  <test>${test}</test>
                </configuration>""")));
        return d;
    }

    private static Xpp3Dom dom(String xml) throws Exception {
        return Xpp3DomBuilder.build(new StringReader(xml));
    }

    private static List<String> values(Xpp3Dom parent) {
        return Arrays.stream(parent.getChildren()).map(Xpp3Dom::getValue).toList();
    }

    @Test
    void keepsTheUsersSettingsAndAddsOurs() throws Exception {
        Xpp3Dom user = dom("""
                <configuration>
                  <argLine>-Dfrom.user=1 @{argLine}</argLine>
                  <testFailureIgnore>false</testFailureIgnore>
                  <additionalClasspathElements><additionalClasspathElement>/user.jar</additionalClasspathElement></additionalClasspathElements>
                  <notASurefireParameter>x</notASurefireParameter>
                </configuration>""");
        Xpp3Dom c = SurefireConfiguration.build(descriptor(), user, "/tracer.jar", null, false);
        assertEquals("-Dfrom.user=1 @{argLine}", c.getChild("argLine").getValue());
        assertEquals("true", c.getChild("testFailureIgnore").getValue());
        List<String> cp = values(c.getChild("additionalClasspathElements"));
        assertTrue(cp.contains("/user.jar") && cp.contains("/tracer.jar") && cp.size() == 2, cp.toString());
        assertNull(c.getChild("notASurefireParameter"));
        assertNull(c.getChild("redirectTestOutputToFile"));
        assertNull(c.getChild("properties"));
    }

    @Test
    void defaultsComeFromTheDescriptorSoStandardFlagsWork() throws Exception {
        Xpp3Dom c = SurefireConfiguration.build(descriptor(), null, "/tracer.jar", null, false);
        assertEquals("${test}", c.getChild("test").getValue());
        assertEquals("${project.build.directory}/surefire-reports",
                c.getChild("reportsDirectory").getAttribute("default-value"));
    }

    @Test
    void quietRunsKeepTestOutputInReportFiles() throws Exception {
        Xpp3Dom c = SurefireConfiguration.build(descriptor(), null, "/tracer.jar", null, true);
        assertEquals("true", c.getChild("redirectTestOutputToFile").getValue());
    }

    @Test
    void runListenerIsAddedToAUserListenerNotInPlaceOfIt() throws Exception {
        Xpp3Dom user = dom("""
                <configuration><properties>
                  <property><name>listener</name><value>com.acme.Mine</value></property>
                  <property><name>other</name><value>v</value></property>
                </properties></configuration>""");
        Xpp3Dom c = SurefireConfiguration.build(descriptor(), user, "/tracer.jar", "dev.tracer.listener.X", false);
        Xpp3Dom[] properties = c.getChild("properties").getChildren();
        assertEquals(2, properties.length);
        assertEquals("com.acme.Mine,dev.tracer.listener.X", properties[0].getChild("value").getValue());
        assertEquals("other", properties[1].getChild("name").getValue());
    }

    @Test
    void runListenerGetsItsOwnPropertyWhenTheUserHasNone() throws Exception {
        Xpp3Dom c = SurefireConfiguration.build(descriptor(), null, "/tracer.jar", "dev.tracer.listener.X", false);
        Xpp3Dom[] properties = c.getChild("properties").getChildren();
        assertEquals(1, properties.length);
        assertEquals("listener", properties[0].getChild("name").getValue());
        assertEquals("dev.tracer.listener.X", properties[0].getChild("value").getValue());
    }

    @Test
    void versionsCompareAsMavenDoes() {
        assertTrue(SurefireVersions.belowFloor("2.12.4"));
        assertTrue(SurefireVersions.belowFloor("3.0.0-M7"));
        assertTrue(SurefireVersions.belowFloor(null));
        assertEquals(false, SurefireVersions.belowFloor("3.2.5"));
        assertTrue(SurefireVersions.needsRunListener("3.5.4"));
        assertEquals(false, SurefireVersions.needsRunListener("3.6.0"));
    }

    @Test
    void theJUnit4RunListenerIsNeverRegisteredWhenTestNgIsOnTheClasspath() {
        // Surefire's TestNG provider reads the listener property as TestNG listeners
        assertEquals(false, SurefireVersions.needsRunListener("3.5.4", true));
        assertEquals(false, SurefireVersions.needsRunListener("3.2.5", true));
        assertEquals(false, SurefireVersions.needsRunListener("3.6.0", true));
        assertTrue(SurefireVersions.needsRunListener("3.5.4", false));
        assertEquals(false, SurefireVersions.needsRunListener("3.6.0", false));
    }
}

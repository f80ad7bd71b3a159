package dev.tracer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.runtime.WildcardMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentIncludesTest {
    @Test
    void rootPackagesOfEveryDirectory(@TempDir Path dir) throws IOException {
        Path core = dir.resolve("core/target/classes");
        Path app = dir.resolve("app/target/classes");
        touch(core, "com/acme/core/Calc.class", "com/acme/core/db/Repo.class", "com/acme/core/db/Repo$1.class",
                "com/acme/corex/Other.class", "module-info.class", "META-INF/versions/21/com/old/Legacy.class");
        touch(app, "app/Service.class", "app/web/package-info.class");
        Files.createDirectories(app.resolve("empty/dir"));

        assertEquals("app.*:com.acme.core.*:com.acme.corex.*",
                AgentIncludes.of(List.of(core, app, dir.resolve("missing/target/classes"))));
    }

    @Test
    void defaultPackageClassesByName(@TempDir Path dir) throws IOException {
        touch(dir, "Main.class", "Main$1.class", "Main$Inner.class", "p/Q.class");
        assertEquals("Main:Main$*:p.*", AgentIncludes.of(List.of(dir)));
    }

    @Test
    void noClassesMeansNoNarrowing(@TempDir Path dir) throws IOException {
        touch(dir, "module-info.class", "app.properties");
        assertNull(AgentIncludes.of(List.of(dir, dir.resolve("missing"))));
        assertNull(AgentIncludes.of(List.of()));
    }

    @Test
    void tooManyRootsMeansNoNarrowing(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 400; i++) {
            touch(dir, "Generated" + i + ".class");
        }
        assertNull(AgentIncludes.of(List.of(dir)));
    }

    /** What the agent itself does with the option: JaCoCo's matcher on the class's dotted name. */
    @Test
    void jacocoMatchesTheReactorsClassesAndNoLibrary(@TempDir Path dir) throws IOException {
        touch(dir, "com/acme/core/Calc.class", "Main.class");
        WildcardMatcher includes = new WildcardMatcher(AgentIncludes.of(List.of(dir)));
        for (String name : List.of("com.acme.core.Calc", "com.acme.core.db.Repo$1", "Main", "Main$Inner")) {
            assertTrue(includes.matches(name), name);
        }
        for (String name : List.of("org.junit.jupiter.api.Assertions", "com.acme.corex.Other", "com.acme.Root",
                "MainTest", "dev.tracer.listener.TracerPlatformListener")) {
            assertFalse(includes.matches(name), name);
        }
    }

    private static void touch(Path root, String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, new byte[] {(byte) 0xCA, (byte) 0xFE});
        }
    }
}

package dev.tracer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayPathsTest {

    @TempDir
    Path root;

    @Test
    void underTheRootIsRelativeWithForwardSlashes() {
        assertEquals("module/src/test/java/shop/CartTest.java",
                DisplayPaths.relative(root, root.resolve("module").resolve("src/test/java/shop/CartTest.java")));
    }

    @Test
    void theRootItselfIsDot() {
        assertEquals(".", DisplayPaths.relative(root, root));
    }

    @Test
    void dotSegmentsAreNormalizedFirst() {
        assertEquals("a/b.txt", DisplayPaths.relative(root.resolve("x/.."), root.resolve("a/./c/../b.txt")));
    }

    @Test
    void outsideTheRootIsAbsolute() {
        Path sibling = root.resolveSibling(root.getFileName() + "-other").resolve("f.txt");
        assertEquals(sibling.toAbsolutePath().normalize().toString().replace('\\', '/'),
                DisplayPaths.relative(root, sibling));
    }

    @Test
    void aRelativePathResolvesAgainstTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("target/x.json", DisplayPaths.relative(cwd, Path.of("target", "x.json")));
    }

    @Test
    void aPrefixThatIsNotAParentDirectoryIsOutside() {
        Path prefixed = root.resolveSibling(root.getFileName() + "2").resolve("a");
        assertEquals(prefixed.toAbsolutePath().normalize().toString().replace('\\', '/'),
                DisplayPaths.relative(root, prefixed));
    }
}

package dev.tracer.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which classes Tracer's JaCoCo agent instruments: the reactor's own, named by the packages of the class files in the
 * modules' output directories. By default the agent instruments every class the test JVM loads (JUnit, AssertJ,
 * Mockito, Spring, ...), and pays for each at load time and on every probe, for exec data no report reads: coverage
 * is only ever computed for the reactor's classes, whose probes the narrowing leaves exactly as they were.
 */
public final class AgentIncludes {
    /**
     * Past this length Tracer leaves the includes out (the agent then instruments everything, as by default) rather
     * than risk a command line the operating system refuses. Only a reactor with hundreds of root packages, or of
     * classes in the default package, comes near it.
     */
    static final int MAX_LENGTH = 4_000;

    private AgentIncludes() {
    }

    /**
     * JaCoCo's {@code includes} option for the classes under these output directories: {@code <package>.*} for each
     * package that holds a class file and has no ancestor that does, {@code <Name>} and {@code <Name>$*} for each
     * class of the default package, sorted and joined with {@code :}. Null when the directories (missing ones are
     * skipped) hold no class, or when the list would be too long: then the agent keeps its default, everything.
     */
    public static String of(List<Path> classDirs) throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> topLevel = new TreeSet<>();
        for (Path dir : classDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> classFiles;
            try (Stream<Path> files = Files.walk(dir)) {
                classFiles = files.filter(f -> f.getFileName().toString().endsWith(".class"))
                        .map(dir::relativize)
                        // META-INF/versions/N/ holds a multi-release jar's other versions of the same classes.
                        .filter(f -> !f.startsWith("META-INF"))
                        .toList();
            }
            for (Path f : classFiles) {
                String name = f.getFileName().toString();
                if (f.getParent() != null) {
                    packages.add(f.getParent().toString().replace(f.getFileSystem().getSeparator(), "."));
                } else if (!name.equals("module-info.class")) {
                    String simple = name.substring(0, name.length() - ".class".length());
                    int nested = simple.indexOf('$');
                    topLevel.add(nested < 0 ? simple : simple.substring(0, nested));
                }
            }
        }
        Set<String> patterns = new TreeSet<>();
        for (String p : packages) {
            if (!hasAncestorIn(p, packages)) {
                patterns.add(p + ".*");
            }
        }
        for (String name : topLevel) {
            patterns.add(name);
            patterns.add(name + "$*");
        }
        String includes = patterns.stream().collect(Collectors.joining(":"));
        return includes.isEmpty() || includes.length() > MAX_LENGTH ? null : includes;
    }

    private static boolean hasAncestorIn(String pkg, Set<String> packages) {
        for (int dot = pkg.indexOf('.'); dot >= 0; dot = pkg.indexOf('.', dot + 1)) {
            if (packages.contains(pkg.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }
}

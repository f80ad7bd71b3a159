package dev.tracer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources using Java 21-25 syntax parse; a file that does not parse is a warning with file and line. */
class ModernSyntaxTest {

    @TempDir
    Path dir;

    static final String SHAPES = """
            package geo;

            import module java.base;

            /// A shape, documented in **markdown** (JEP 467).
            public sealed interface Shape permits Circle, Square {
                static String describe(Object o) {
                    return switch (o) {
                        case Circle(var r) when r > 10 -> "big circle";
                        case Circle(_) -> "circle";
                        case Square s -> "square " + s.side();
                        default -> "other";
                    };
                }
            }
            """;
    static final String CIRCLE = """
            package geo;

            public record Circle(double radius) implements Shape {
                public Circle {
                    if (radius < 0) throw new IllegalArgumentException();
                }
                public double area() { return Math.PI * radius * radius; }
            }
            """;
    static final String SQUARE = """
            package geo;

            public final class Square extends Base implements Shape {
                private final double side;
                public Square(double side) {
                    if (side < 0) throw new IllegalArgumentException("negative");   // before super(): JEP 513
                    var checked = Math.abs(side);
                    super(checked);
                    this.side = checked;
                }
                public double side() { return side; }
            }
            """;
    static final String BASE = """
            package geo;

            public class Base {
                public Base(double size) { }
            }
            """;
    static final String TEST = """
            package geo;

            import module java.base;
            import org.junit.jupiter.api.Test;
            import static org.junit.jupiter.api.Assertions.assertEquals;

            /// Markdown doc comment on a test class.
            class ShapeTest {
                @Test
                void describes() {
                    var circle = new Circle(2);
                    for (var _ : List.of(1, 2)) { }
                    try { circle.area(); } catch (RuntimeException _) { }
                    if (circle instanceof Circle(double r) && r > 1) {
                        assertEquals("circle", Shape.describe(circle));
                    }
                    Runnable r = () -> new Square(3).side();
                }
            }
            """;

    @Test
    void java21To25SyntaxParsesAtTheNewestLanguageLevel() throws Exception {
        Fixture.module(dir, Map.of("geo/Shape.java", SHAPES, "geo/Circle.java", CIRCLE, "geo/Square.java", SQUARE,
                "geo/Base.java", BASE), Map.of("geo/ShapeTest.java", TEST));
        ScenarioExtractor.Extraction extraction = Fixture.extract(dir);
        assertEquals(List.of(), extraction.warnings());
        assertEquals(List.of("geo.Base", "geo.Circle", "geo.Shape", "geo.Square"),
                extraction.index().lookup().byId().keySet().stream().sorted().toList());
        assertEquals(List.of(
                "construct | new Circle | geo.Circle | <init>",
                "action | Circle.area | geo.Circle | area",
                "action | Shape.describe | geo.Shape | describe",
                "assertion | assertEquals Shape.describe(circle) → \"circle\" | null | null",
                "construct | new Square | geo.Square | <init>",
                "action | Square.side | geo.Square | side"),
                Fixture.describe(Fixture.scenario(extraction, "geo.ShapeTest#describes").flow()));
    }

    @Test
    void aFileThatDoesNotParseIsAWarningWithFileAndLineAndTheRestIsExtracted() throws Exception {
        Fixture.module(dir, Map.of("geo/Circle.java", CIRCLE.replace("implements Shape ", ""), "geo/Broken.java", """
                package geo;

                public class Broken {
                    void m() {
                        int x = ;
                    }
                }
                """), Map.of("geo/CircleTest.java", """
                package geo;
                import org.junit.jupiter.api.Test;
                class CircleTest {
                    @Test void area() { new Circle(1).area(); }
                }
                """));
        ScenarioExtractor.Extraction extraction = Fixture.extract(dir);
        assertEquals(1, extraction.warnings().size(), extraction.warnings().toString());
        String warning = extraction.warnings().get(0);
        assertTrue(warning.startsWith("src/main/java/geo/Broken.java:5: "), warning);
        assertTrue(warning.endsWith("(JavaParser could not parse the file; it is left out)"), warning);
        assertEquals(1, extraction.scenarios().size());
    }
}

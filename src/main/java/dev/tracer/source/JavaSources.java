package dev.tracer.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How Tracer reads Java sources, shared by the failing-line locator and the scenario extractor: JavaParser at its
 * newest language level (records, pattern switches, record patterns, {@code _}, markdown doc comments, module
 * imports, flexible constructor bodies), comments not attributed, UTF-8 with an ISO-8859-1 fallback. A
 * {@link JavaParser} is not thread-safe: each thread creates its own.
 */
public final class JavaSources {

    private JavaSources() {
    }

    /**
     * The newest Java release JavaParser knows. Not {@code BLEEDING_EDGE}: in JavaParser 3.28 that level still
     * rejects module imports and flexible constructor bodies, which {@code JAVA_25} accepts.
     */
    static final ParserConfiguration.LanguageLevel NEWEST = newest();

    private static ParserConfiguration.LanguageLevel newest() {
        ParserConfiguration.LanguageLevel best = ParserConfiguration.LanguageLevel.BLEEDING_EDGE;
        int bestRelease = 0;
        for (ParserConfiguration.LanguageLevel level : ParserConfiguration.LanguageLevel.values()) {
            String name = level.name();
            if (name.matches("JAVA_\\d+")) {
                int release = Integer.parseInt(name.substring(5));
                if (release > bestRelease) {
                    bestRelease = release;
                    best = level;
                }
            }
        }
        return best;
    }

    /** A new parser; tokens stay stored (the default), since without them nodes have no positions. */
    public static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(NEWEST)
                .setAttributeComments(false));
    }

    /** The file's text: UTF-8, or ISO-8859-1 when the bytes are not UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}

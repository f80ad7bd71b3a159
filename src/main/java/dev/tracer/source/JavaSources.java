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
 * How Tracer reads Java sources, shared by the failing-line locator and the scenario extractor: JavaParser without
 * a language level's validators (see {@link #LEVEL}: records, pattern switches, record patterns, {@code _}, markdown
 * doc comments, module imports and flexible constructor bodies all parse), comments not attributed, UTF-8 with an ISO-8859-1 fallback. A
 * {@link JavaParser} is not thread-safe: each thread creates its own.
 */
public final class JavaSources {

    private JavaSources() {
    }

    /**
     * {@code RAW}: JavaParser's grammar accepts every release's syntax (module imports, flexible constructor bodies,
     * record patterns, {@code _}, markdown doc comments); a language level only adds validators that reject what a
     * release does not allow. Tracer reads code that compiles, so it skips them: that halves the parse time
     * (measured on the scenario benchmark's corpus). Note {@code BLEEDING_EDGE} in 3.28 rejects module imports and
     * flexible constructor bodies. Without a level's post-processing, {@code var} is a type named {@code var}.
     */
    static final ParserConfiguration.LanguageLevel LEVEL = ParserConfiguration.LanguageLevel.RAW;

    /** A new parser; tokens stay stored (the default), since without them nodes have no positions. */
    public static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(LEVEL)
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

package dev.tracer.pipeline;

import dev.tracer.model.TestDocument;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A further view of the finished document, written next to {@code report.json} after it (an HTML page, say). A
 * writer that fails costs a warning: the document and the verdict stand.
 */
@FunctionalInterface
public interface DocumentWriter {

    /** @param documentFile where the document was written ({@code target/tracer/report.json}, or tracer.output) */
    void write(TestDocument document, Path documentFile) throws IOException;
}

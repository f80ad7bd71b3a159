package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.messages.Messages;
import dev.tracer.model.TestDocument;
import dev.tracer.report.ReportJson;
import dev.tracer.report.StdoutDocument;
import dev.tracer.report.StdoutOptions;
import dev.tracer.report.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The document as the options ask for it, and its outlets (stdout, its file), for the goals that print one. */
public final class DocumentFile {

    private DocumentFile() {
    }

    /** The view of the document the options ask for. */
    public static View view(Options options) {
        return new View(options.all(), options.summaryOnly(), options.firstFailure(), options.filterOut(),
                options.groupByError());
    }

    /**
     * Prints the document as {@code stdout} asks (lean within its budget, or in full; compact lines with
     * {@code tracer.compact}), or with {@code tracer.streaming} the end of the stream, whose start and test events
     * went out before.
     *
     * @param shown the document's file as messages show it, which the {@code truncated} note names
     */
    public static void print(Options options, StdoutOptions stdout, TestDocument document, String shown,
            Console console) {
        if (options.streaming()) {
            console.stdout(ReportJson.suiteEnd(document));
        } else {
            console.stdout(options.compact() ? StdoutDocument.compact(document, stdout, shown)
                    : StdoutDocument.render(document, stdout, shown));
        }
    }

    /**
     * Writes the document's file.
     *
     * @param shown the file as messages show it
     * @return why it could not be written, or null
     */
    public static String write(Path file, String json, String shown) {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("it is a directory");
            }
            ReportJson.writeFile(file, json);
            return null;
        } catch (IOException | RuntimeException e) {
            return Messages.cannotWrite(shown, Messages.describe(e));
        }
    }

    /** A module's own document in a reactor; one that cannot be written costs a warning. */
    static void writeModuleReport(Path file, String json, Console console) {
        try {
            ReportJson.writeFile(file, json);
        } catch (IOException e) {
            console.warn("Cannot write the module report " + file + ": " + e.getMessage());
        }
    }
}

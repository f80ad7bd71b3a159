package dev.tracer.pipeline;

import java.util.ArrayList;
import java.util.List;

/** What the pipeline said, by channel. */
class RecordingConsole implements Console {

    final List<String> stdout = new ArrayList<>();
    final List<String> stderr = new ArrayList<>();
    final List<String> info = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void stdout(String text) {
        stdout.add(text);
    }

    @Override
    public synchronized void stderr(String line) {
        stderr.add(line);
    }

    @Override
    public synchronized void info(String message) {
        info.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
    }

    @Override
    public void debug(Throwable error) {
    }

    synchronized String printed() {
        return String.join("", stdout);
    }
}

package dev.tracer.coordination;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.model.TestDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Serializes test requests of any number of processes on one project: one run at a time, requests served in the order
 * they registered, results cached for the requests that wait.
 *
 * <p>The cache directory holds:
 * <pre>
 * lock                     the exclusive lock of the one runner (its holder writes "pid=N run=ID" into it)
 * queue/sequence           "EPOCH N": the last request number handed out
 * queue/register.lock      held for the instant of handing out a number
 * queue/N.json, N.lock     a registered request; its caller holds N.lock while it lives
 * runs/ID.json             a run (see {@link RunRecord})
 * runs/ID.events.jsonl     its test events, one {"at":"...","event":{...}} a line
 * runs/ID.boundary         "EPOCH N": the last request registered before the run's build read the project's files
 * </pre>
 * A caller registers, then waits until every earlier request is gone (blocked on the lock of the one before it, so
 * the operating system wakes it; a dead caller's lock is released by the OS), then takes the runner's lock. It then
 * either finds a completed run whose build read the project's files after it registered and ran its tests
 * ({@link Turn#covering()}), or runs them itself ({@link Turn#start}). Every lock is an OS file lock
 * ({@link FileLocks}).
 *
 * <p>Which requests a run serves: those registered before its build started to read the project's files, as the
 * build's first goal records it ({@link RunBoundary}).
 */
public final class Coordinator {
    public static final String LOCK = "lock";
    public static final String QUEUE = "queue";
    public static final String RUNS = "runs";

    private final Path dir;
    private final Consumer<String> warnings;
    private final RunStore store;

    /** @param warnings where to report a corrupt cache file (it is discarded, never fatal) */
    public Coordinator(Path dir, Consumer<String> warnings) {
        this.dir = dir.toAbsolutePath().normalize();
        this.warnings = warnings;
        this.store = new RunStore(this.dir.resolve(RUNS), warnings);
    }

    public Path dir() {
        return dir;
    }

    // ------------------------------------------------------------------------------------------------ registering

    /** Registers a request; close the ticket when the caller is done (a dead caller's ticket expires by itself). */
    public Ticket register(Selection selection, List<String> key) throws IOException {
        Path queue = dir.resolve(QUEUE);
        Files.createDirectories(queue);
        Files.createDirectories(dir.resolve(RUNS));
        FileLocks.Held register;
        try {
            register = FileLocks.acquire(queue.resolve("register.lock"), true, System.nanoTime() + 60_000_000_000L);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Cannot register in " + queue + ": " + e, e);
        }
        try (register) {
            Sequence last = readSequence(queue);
            long seq = last.value() + 1;
            Request request = new Request(seq, last.epoch(), ProcessHandle.current().pid(), Instant.now().toString(),
                    selection.patterns(), key);
            writeAtomically(queue.resolve(name(seq) + ".json"), CacheJson.MAPPER.writeValueAsString(request));
            FileLocks.Held own = FileLocks.tryAcquire(queue.resolve(name(seq) + ".lock"), true);
            if (own == null) {
                throw new IOException("Cannot lock " + queue.resolve(name(seq) + ".lock"));
            }
            writeAtomically(queue.resolve("sequence"), last.epoch() + " " + seq + "\n");
            return new Ticket(request, own);
        }
    }

    record Sequence(String epoch, long value) {
    }

    private Sequence readSequence(Path queue) throws IOException {
        Path file = queue.resolve("sequence");
        if (Files.exists(file)) {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
            try {
                if (parts.length == 2 && !parts[0].isEmpty()) {
                    return new Sequence(parts[0], Long.parseLong(parts[1]));
                }
            } catch (NumberFormatException e) {
                // below
            }
            warnings.accept("tracer: discarded the corrupt cache file " + file + "; waiting requests run again.");
        }
        // A new epoch: no run of an earlier one can be replayed; numbers continue after the waiting requests.
        long highest = 0;
        for (Path request : list(queue, "*.json")) {
            highest = Math.max(highest, seqOf(request));
        }
        return new Sequence(UUID.randomUUID().toString(), highest);
    }

    /** The queue number of a request file, -1 for another file. */
    private static long seqOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        try {
            return Long.parseLong(dot < 0 ? name : name.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String name(long seq) {
        return String.format("%012d", seq);
    }

    /** A registered request. */
    public final class Ticket implements AutoCloseable {
        private final Request request;
        private final FileLocks.Held own;

        private Ticket(Request request, FileLocks.Held own) {
            this.request = request;
            this.own = own;
        }

        public Request request() {
            return request;
        }

        /** Leaves the queue: the next request's turn comes. */
        @Override
        public void close() {
            Path queue = dir.resolve(QUEUE);
            try {
                Files.deleteIfExists(queue.resolve(name(request.seq()) + ".json"));
            } catch (IOException ignored) {
                // a later caller removes it
            }
            own.close();
            try {
                Files.deleteIfExists(queue.resolve(name(request.seq()) + ".lock"));
            } catch (IOException ignored) {
                // a later caller removes it
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ waiting

    /**
     * Waits until every earlier request is gone and no one runs tests, blocked in the operating system.
     *
     * @param deadlineNanos a {@link System#nanoTime()} value
     * @param onWait        told, each time the caller starts waiting, for whom (the earlier request, or null for an
     *                      unknown holder of the runner's lock)
     * @throws TimeoutException when the deadline passes first
     */
    public Turn awaitTurn(Ticket ticket, long deadlineNanos, Consumer<Request> onWait)
            throws IOException, TimeoutException, InterruptedException {
        Path queue = dir.resolve(QUEUE);
        boolean again = true;
        while (again) {
            again = false;
            List<Path> earlier = new ArrayList<>();
            for (Path file : list(queue, "*.lock")) {
                long seq = seqOf(file);
                if (seq >= 0 && seq < ticket.request.seq()) {
                    earlier.add(file);
                }
            }
            earlier.sort(Comparator.comparing(Coordinator::seqOf).reversed());
            for (Path lock : earlier) {
                FileLocks.Held free = FileLocks.tryAcquire(lock, false);
                if (free == null && Files.exists(lock)) {
                    onWait.accept(readRequest(lock));
                    free = FileLocks.acquire(lock, false, deadlineNanos);
                    again = true;
                }
                if (free != null) {
                    free.close(); // finished, or died: remove what it left
                    Files.deleteIfExists(queue.resolve(name(seqOf(lock)) + ".json"));
                    Files.deleteIfExists(lock);
                }
                if (again) {
                    break; // an earlier one may have died meanwhile: look again
                }
            }
        }
        Path lockFile = dir.resolve(LOCK);
        FileLocks.Held main = FileLocks.tryAcquire(lockFile, true);
        if (main == null) {
            onWait.accept(null);
            main = FileLocks.acquire(lockFile, true, deadlineNanos);
        }
        return new Turn(ticket, main);
    }

    private Request readRequest(Path lock) {
        try {
            return CacheJson.MAPPER.readValue(lock.resolveSibling(name(seqOf(lock)) + ".json").toFile(),
                    Request.class);
        } catch (IOException e) {
            return new Request(seqOf(lock), null, 0, null, List.of(), List.of());
        }
    }

    /** The runner's lock, held: the caller may run tests or read the cache without anyone changing it. */
    public final class Turn implements AutoCloseable {
        private final Ticket ticket;
        private final FileLocks.Held main;

        private Turn(Ticket ticket, FileLocks.Held main) {
            this.ticket = ticket;
            this.main = main;
            holder("pid=" + ProcessHandle.current().pid());
        }

        private void holder(String text) {
            try {
                main.channel().truncate(0);
                main.channel().write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException ignored) {
                // only informative
            }
        }

        /**
         * The newest completed run that started after this request registered, with the same build arguments, and
         * ran every test the request asked for; null when there is none.
         */
        public RunRecord covering() {
            Request request = ticket.request;
            Selection wanted = new Selection(request.selection());
            List<RunRecord> runs = runs(true);
            for (int i = runs.size() - 1; i >= 0; i--) {
                RunRecord run = runs.get(i);
                if (RunRecord.COMPLETED.equals(run.status()) && run.document() != null
                        && Objects.equals(run.epoch(), request.epoch()) && run.lastRequest() >= request.seq()
                        && run.key().equals(request.key())
                        && Replay.cut(run, wanted) != null) {
                    return run;
                }
            }
            return null;
        }

        /**
         * Prunes the cache: runs whose runner died are marked interrupted; runs older than {@code retention} are
         * removed, then the oldest until the runs take at most {@code maxBytes} (the newest run is always kept).
         */
        public void prune(Duration retention, long maxBytes) {
            Instant cutoff = Instant.now().minus(retention);
            List<RunRecord> runs = runs(true);
            List<RunRecord> kept = new ArrayList<>();
            for (RunRecord run : runs) {
                if (RunRecord.RUNNING.equals(run.status())) {
                    // The runner's lock is ours, so whoever ran this is gone.
                    run = run.finished(RunRecord.INTERRUPTED, null, null, null, null);
                    try {
                        store.write(run);
                    } catch (IOException ignored) {
                        // it stays "running"; the next runner tries again
                    }
                }
                Instant when = parse(run.finishedAt() != null ? run.finishedAt() : run.startedAt());
                if (when == null || when.isBefore(cutoff)) {
                    store.delete(run.id());
                } else {
                    kept.add(run);
                }
            }
            long total = 0;
            for (RunRecord run : kept) {
                total += store.size(run.id());
            }
            for (int i = 0; i < kept.size() - 1 && total > maxBytes; i++) {
                total -= store.size(kept.get(i).id());
                store.delete(kept.get(i).id());
            }
        }

        /**
         * Starts a run of this request's tests. Requests registered until now may replay it, and so may those that
         * register until its build records its boundary ({@link #recordBoundary}).
         */
        public Run start() throws IOException {
            Instant now = Instant.now();
            Sequence sequence = lastRegistered();
            long last = sequence.value();
            String epoch = sequence.epoch();
            long pid = ProcessHandle.current().pid();
            String id = RunIds.of(now, pid);
            Request request = ticket.request;
            RunRecord run = new RunRecord(id, RunRecord.RUNNING, pid, now.toString(), null, epoch,
                    Objects.equals(epoch, request.epoch()) ? last : request.seq(), request.selection(),
                    request.key(), null, null, null);
            store.write(run);
            holder("pid=" + pid + " run=" + id);
            return new Run(run);
        }

        @Override
        public void close() {
            holder("");
            main.close();
        }
    }

    /** A run in progress: its events go to the cache as they come. */
    public final class Run {
        private RunRecord record;
        private final Path events;

        private Run(RunRecord record) throws IOException {
            this.record = record;
            this.events = dir.resolve(RUNS).resolve(record.id() + ".events.jsonl");
            Files.writeString(events, "", StandardCharsets.UTF_8);
        }

        public RunRecord record() {
            return record;
        }

        /** Caches one test event, as the stream printed it. */
        public void event(ObjectNode event) throws IOException {
            ObjectNode line = CacheJson.MAPPER.createObjectNode();
            line.put("at", Instant.now().toString());
            line.set("event", event);
            Files.writeString(events, CacheJson.MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }

        /** Records how the run ended; with a document, waiting requests may replay it. */
        public RunRecord finish(Integer exitCode, String error, TestDocument document) throws IOException {
            record = RunBoundary.apply(dir.resolve(RUNS), record, warnings).finished(
                    document == null ? RunRecord.ERROR : RunRecord.COMPLETED,
                    Instant.now().toString(), exitCode, error, document);
            store.write(record);
            return record;
        }
    }

    // ------------------------------------------------------------------------------------------------ the boundary

    /**
     * Records, for run {@code runId}, that its build is about to read the project's files (see {@link RunBoundary}).
     *
     * @param readAlready the files the build read before (its POMs, settings, {@code .mvn/} configuration)
     * @return false when one of them changed since the run started: then the run serves only the requests registered
     *         before it started
     */
    public boolean recordBoundary(String runId, Collection<Path> readAlready) throws IOException {
        return RunBoundary.record(this, runId, readAlready);
    }

    /** The queue's last number, read under the lock that registering takes. */
    Sequence lastRegistered() throws IOException {
        Path queue = dir.resolve(QUEUE);
        Files.createDirectories(queue);
        try (FileLocks.Held register = FileLocks.acquire(queue.resolve("register.lock"), true,
                System.nanoTime() + 60_000_000_000L)) {
            return readSequence(queue);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Cannot read the queue in " + queue + ": " + e, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ the runs

    /** Every readable run, oldest first; a corrupt run file is reported and (when {@code discard}) removed. */
    List<RunRecord> runs(boolean discard) {
        return store.all(discard);
    }

    /** The run {@code id}, or null when it is not in the cache or unreadable. */
    RunRecord run(String id) {
        return store.read(id);
    }

    /** The cached events of a run; a corrupt file gives none, with a warning. */
    public List<CachedEvent> events(String runId) {
        return store.events(runId);
    }

    static Instant parse(String instant) {
        try {
            return instant == null ? null : Instant.parse(instant);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<Path> list(Path directory, String glob) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static void writeAtomically(Path file, String text) throws IOException {
        dev.tracer.io.AtomicFiles.writeString(file, text);
    }

    /** Run ids: the start time (sortable) and the runner's pid. */
    static final class RunIds {
        private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

        private RunIds() {
        }

        static String of(Instant start, long pid) {
            return FORMAT.format(start) + "-" + pid;
        }
    }
}

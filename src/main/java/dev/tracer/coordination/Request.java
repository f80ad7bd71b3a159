package dev.tracer.coordination;

import java.util.List;

/**
 * A registered test request: one file in the cache's {@code queue/} directory while its caller lives.
 *
 * @param seq          the request's place in the queue (requests are served in this order)
 * @param epoch        the queue's generation; a sequence number means something only within its epoch
 * @param pid          the caller's process id
 * @param registeredAt when it registered (ISO-8601)
 * @param selection    the normalized {@code -Dtest} patterns, empty for every test
 * @param key          everything else that decides what a run does (the child build's arguments but {@code -Dtest})
 */
public record Request(long seq, String epoch, long pid, String registeredAt, List<String> selection,
        List<String> key) {

    public Request {
        selection = selection == null ? List.of() : List.copyOf(selection);
        key = key == null ? List.of() : List.copyOf(key);
    }
}

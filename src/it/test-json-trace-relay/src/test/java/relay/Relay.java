package relay;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Relays messages on a worker thread and acknowledges each; "poison" kills the worker. */
final class Relay {
    private static final Logger LOG = Logger.getLogger("relay");

    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final Semaphore acks = new Semaphore(0);

    Relay() {
        Thread worker = new Thread(this::run, "relay-worker");
        worker.setDaemon(true);
        worker.start();
    }

    /** True when the worker acknowledged the message within 2 s. */
    boolean send(String message) throws InterruptedException {
        inbox.put(message);
        return acks.tryAcquire(2, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            while (true) {
                String message = inbox.take();
                if (message.equals("poison")) {
                    throw new IllegalStateException("cannot relay poison");
                }
                acks.release();
                LOG.info("relayed " + message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

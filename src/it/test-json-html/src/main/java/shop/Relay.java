package shop;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Hands a message to a worker thread, which acknowledges it unless it is "poison". */
public class Relay {
    public boolean send(String message) throws InterruptedException {
        BlockingQueue<Boolean> acks = new ArrayBlockingQueue<>(1);
        Thread worker = new Thread(() -> {
            if (message.equals("poison")) {
                throw new IllegalStateException("poison");
            }
            acks.add(Boolean.TRUE);
        }, "relay-worker");
        worker.start();
        Boolean ack = acks.poll(2, TimeUnit.SECONDS);
        return ack != null;
    }

    public void unused() {
        System.out.println("never called");
    }
}

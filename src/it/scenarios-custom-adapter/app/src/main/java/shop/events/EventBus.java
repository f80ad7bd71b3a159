package shop.events;

import java.util.ArrayList;
import java.util.List;

public class EventBus {
    private final List<Object> published = new ArrayList<>();

    public void publish(Object event) {
        published.add(event);
    }

    public List<Object> published() {
        return published;
    }
}

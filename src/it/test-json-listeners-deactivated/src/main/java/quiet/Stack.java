package quiet;

import java.util.ArrayDeque;
import java.util.Deque;

public class Stack {
    private final Deque<String> items = new ArrayDeque<>();

    public void push(String item) {
        items.push(item);
    }

    public String pop() {
        return items.pollLast(); // a bug the tests find: takes from the wrong end
    }

    public int size() {
        return items.size();
    }
}

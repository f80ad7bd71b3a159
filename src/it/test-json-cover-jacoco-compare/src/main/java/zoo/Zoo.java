package zoo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class Zoo {
    private final List<String> animals = new ArrayList<>();

    public void add(String animal) {
        if (animal == null || animal.isBlank()) {
            throw new IllegalArgumentException("no animal");
        }
        animals.add(animal);
    }

    public List<String> longNames(int min) {
        return animals.stream()
                .filter(a -> a.length() >= min)
                .map(a -> a.length() > 10 ? a.substring(0, 10) : a)
                .sorted()
                .collect(Collectors.toList());
    }

    public List<String> sortedByLength() {
        List<String> copy = new ArrayList<>(animals);
        copy.sort(new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                if (a.length() != b.length()) {
                    return Integer.compare(a.length(), b.length());
                }
                return a.compareTo(b);
            }
        });
        return copy;
    }

    public Supplier<String> never() {
        return new Supplier<String>() {
            @Override
            public String get() {
                return "never";
            }
        };
    }

    public int count() {
        try {
            return Integer.parseInt(String.valueOf(animals.size()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Keeper keeper(String name) {
        return new Keeper(name);
    }

    public class Keeper {
        private final String name;

        Keeper(String name) {
            this.name = name;
        }

        public String greet() {
            return name + " keeps " + animals.size() + (animals.size() == 1 ? " animal" : " animals");
        }
    }

    public static class Ticket {
        public static int price(int age) {
            if (age < 6) {
                return 0;
            } else if (age < 18) {
                return 5;
            }
            return 10;
        }
    }
}

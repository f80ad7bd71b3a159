package shop.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
    @Id
    private int id;
    private String name;

    protected Owner() {
    }

    public Owner(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Owner renamed(String newName) {
        return new Owner(id, newName.strip());
    }
}

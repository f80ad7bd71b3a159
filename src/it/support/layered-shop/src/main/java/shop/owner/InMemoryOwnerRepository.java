package shop.owner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Repository;

@Repository
public class InMemoryOwnerRepository implements OwnerRepository {
    private final Map<Integer, Owner> owners = new TreeMap<>();

    @Override
    public Optional<Owner> findById(int id) {
        return Optional.ofNullable(owners.get(id));
    }

    @Override
    public List<Owner> findAll() {
        return new ArrayList<>(owners.values());
    }

    @Override
    public Owner save(Owner owner) {
        owners.put(owner.getId(), owner);
        return owner;
    }
}

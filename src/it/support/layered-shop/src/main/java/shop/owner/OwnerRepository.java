package shop.owner;

import java.util.List;
import java.util.Optional;

public interface OwnerRepository {
    Optional<Owner> findById(int id);

    List<Owner> findAll();

    Owner save(Owner owner);
}

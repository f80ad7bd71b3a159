package shop.owner;

import org.springframework.stereotype.Service;

@Service
public class OwnerService {
    private final OwnerRepository repository;

    public OwnerService(OwnerRepository repository) {
        this.repository = repository;
    }

    public Owner find(int id) {
        return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("no owner " + id));
    }

    public Owner register(int id, String name) {
        return repository.save(new Owner(id, name));
    }

    public int count() {
        return repository.findAll().size();
    }
}

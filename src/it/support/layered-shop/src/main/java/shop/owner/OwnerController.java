package shop.owner;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/owners")
public class OwnerController {
    private final OwnerService service;

    public OwnerController(OwnerService service) {
        this.service = service;
    }

    @GetMapping("/{ownerId}")
    public String show(@PathVariable("ownerId") int ownerId) {
        return service.find(ownerId).getName();
    }

    @PostMapping
    public String create(@RequestParam("id") int id, @RequestParam("name") String name) {
        return service.register(id, name).getName();
    }

    @GetMapping("/count")
    public String count() {
        return String.valueOf(service.count());
    }
}

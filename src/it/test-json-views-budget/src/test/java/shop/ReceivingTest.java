package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReceivingTest {
    @Test
    void unknownSkuHasNoStock() {
        assertEquals(0, new Inventory().available("nothing"));
    }

    @Test
    void receivingNothingChangesNothing() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-9", 0);
        System.out.println("received nothing for sku-9");
        assertEquals(1, inventory.available("sku-9"), "a failure of its own");
    }
}

package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Twelve tests that one wrong condition in Inventory.reserve fails with the same exception at the same frame. */
class InventoryTest {
    @Test
    void reservesAllOf1() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-1", 1);
        int left = inventory.reserve("sku-1", 1);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf2() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-2", 2);
        int left = inventory.reserve("sku-2", 2);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf3() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-3", 3);
        int left = inventory.reserve("sku-3", 3);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf4() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-4", 4);
        int left = inventory.reserve("sku-4", 4);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf5() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-5", 5);
        int left = inventory.reserve("sku-5", 5);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf6() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-6", 6);
        int left = inventory.reserve("sku-6", 6);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf7() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-7", 7);
        int left = inventory.reserve("sku-7", 7);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf8() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-8", 8);
        int left = inventory.reserve("sku-8", 8);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf9() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-9", 9);
        int left = inventory.reserve("sku-9", 9);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf10() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-10", 10);
        int left = inventory.reserve("sku-10", 10);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf11() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-11", 11);
        int left = inventory.reserve("sku-11", 11);
        assertEquals(0, left);
    }

    @Test
    void reservesAllOf12() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-12", 12);
        int left = inventory.reserve("sku-12", 12);
        assertEquals(0, left);
    }

    @Test
    void reservesPartOfTheStock() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-1", 5);
        assertEquals(3, inventory.reserve("sku-1", 2));
    }

    @Test
    void countsWhatWasReceived() {
        Inventory inventory = new Inventory();
        inventory.receive("sku-1", 2);
        inventory.receive("sku-1", 3);
        assertEquals(6, inventory.available("sku-1"), "received twice");
    }
}

package shop.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An owner")
class OwnerTest {
    Owner owner = new Owner(1, "Ann");

    @Nested
    @DisplayName("when renamed")
    class WhenRenamed {
        @Test
        @Tag("fast")
        void keepsItsId() {
            var renamed = owner.renamed(" Bea ");
            assertThat(renamed.getId()).isEqualTo(1);
            assertThat(renamed.getName()).isEqualTo("Bea");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Cy", " Cy", "Cy "})
        void stripsTheName(String name) {
            assertThat(owner.renamed(name).getName()).isEqualTo("Cy");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> owner.renamed(null)).isInstanceOf(NullPointerException.class);
        }
    }
}

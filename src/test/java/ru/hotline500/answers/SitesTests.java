package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitesTests {

    @Test
    void aPlaceIsADistrictByItsAdjectiveOrATownTheLastOneToldIsAsked() {
        assertThat(Sites.named("а в Ульяновском районе?")).containsExactly(List.of("ульяновск", "район"));
        assertThat(Sites.named("а в самом Ульяновске?")).containsExactly(List.of("ульяновск"));
        assertThat(Sites.named("а в димитровграде будет?")).containsExactly(List.of("димитровград"));
        assertThat(Sites.named("я из Барышского района. когда стажировка в г. Ульяновске?"))
                .containsExactly(List.of("барышск", "район"), List.of("ульяновск"));
        assertThat(Sites.named("в первой половине года, в Точке роста")).isEmpty();
    }
}

package ru.hotline500.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.territory.UnknownTerritoryException;
import ru.hotline500.visits.VisitsTestContext;

/** A territory's digest from the sample roadmaps and directory, on fixed days. */
class DigestsTests extends VisitsTestContext {

    @Autowired
    Digests digests;

    @Test
    void dubovskyInAprilHasTheConceptDocumentsDueAndTheWebinarPast() {
        Digest digest = digests.build("dubovsky", LocalDate.of(2021, 4, 12));

        assertThat(digest.stage().number()).isEqualTo(1);
        assertThat(digest.dueSoon()).extracting(DueItem::number).contains("5");
        assertThat(digest.dueSoon()).allMatch(i -> !i.until().isBefore(digest.today()) && !i.until().isAfter(digest.today().plusDays(14)));
        assertThat(digest.overdue()).extracting(DueItem::number).contains("1").doesNotContain("2", "3");
        assertThat(digest.schools()).extracting(s -> s.school().fullName())
                .contains("МБОУ Веселовская СШ № 2", "МБОУ Жуковская СШ № 5").doesNotContain("МБОУ Примерная СОШ № 1 (вымышленная)");
    }

    @Test
    void aRegionsDigestCoversItsMunicipalitiesSchools() {
        Digest digest = digests.build("rostov", LocalDate.of(2021, 4, 12));

        assertThat(digest.schools()).extracting(s -> s.school().territoryId()).contains("dubovsky", "neklinovsky");
    }

    @Test
    void aYearWithoutARoadmapHasNoItemsAndSaysSo() {
        Digest digest = digests.build("ulyanovsk", LocalDate.of(2024, 6, 3));

        assertThat(digest.dueSoon()).isEmpty();
        assertThat(digest.overdue()).isEmpty();
        assertThat(digest.text()).contains("Сроки в ближайшие 14 дней:\nнет").contains("куратор не закреплён");
    }

    @Test
    void anUnknownTerritoryIsRefused() {
        assertThatThrownBy(() -> digests.build("nowhere", LocalDate.of(2021, 4, 12))).isInstanceOf(UnknownTerritoryException.class);
    }
}

package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.hotline500.territory.Territory;
import ru.hotline500.territory.TerritoryKind;

class PlacesTests {

    private static final Territory ROSTOV = new Territory("rostov", "Ростовская область", TerritoryKind.REGION, null,
            ZoneId.of("Europe/Moscow"));
    private static final Territory DUBOVSKY = new Territory("dubovsky", "Дубовский район", TerritoryKind.MUNICIPALITY,
            "rostov", ZoneId.of("Europe/Moscow"));
    private static final Territory SAKHALIN = new Territory("sakhalin", "Сахалинская область", TerritoryKind.REGION, null,
            ZoneId.of("Asia/Sakhalin"));

    private final Places places = new Places(List.of(ROSTOV, DUBOVSKY, SAKHALIN));

    @Test
    void aTerritoryIsNamedInAnyForm() {
        assertThat(places.namedIn(Terms.ofQuestion("а на Сахалине когда круглый стол?"))).contains(SAKHALIN);
        assertThat(places.namedIn(Terms.ofQuestion("в Сахалинской области экспертиза когда"))).contains(SAKHALIN);
    }

    @Test
    void aMunicipalityIsNamedBeforeItsRegion() {
        assertThat(places.namedIn(Terms.ofQuestion("в Дубовском районе Ростовской области"))).contains(DUBOVSKY);
    }

    @Test
    void aQuestionWithoutAPlaceNamesNone() {
        assertThat(places.namedIn(Terms.ofQuestion("когда экспертиза документов?"))).isEmpty();
    }
}

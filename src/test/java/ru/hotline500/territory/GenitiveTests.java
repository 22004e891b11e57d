package ru.hotline500.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenitiveTests {

    @ParameterizedTest
    @CsvSource({"Дубовский район, Дубовского района", "Сахалинская область, Сахалинской области",
            "Республика Дагестан, Республики Дагестан", "Пермский край, Пермского края",
            "Ханты-Мансийский автономный округ, Ханты-Мансийского автономного округа"})
    void putsTerritoryNamesInTheGenitive(String name, String genitive) {
        assertThat(Genitive.of(name)).isEqualTo(genitive);
    }
}

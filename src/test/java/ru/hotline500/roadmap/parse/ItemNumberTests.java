package ru.hotline500.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemNumberTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. 9|1.9|",
            "5. 5.|5.5|",
            "1.6.|1.6|",
            "1.|1|",
            "2. 1|2.1|",
            "1. 10|1.10|",
            "1. Организационное сопровождение проекта|1|Организационное сопровождение проекта",
            "1. 2022 год|1|2022 год",
            "4,1|4.1|",
            "12,15|12.15|",
            "II|II|",
            "IV.|IV|",
            "III. Методическое сопровождение|III|Методическое сопровождение",
            "XIV|XIV|"})
    void normalisesNumbersAsWrittenInTheNumberColumnRomanOnesOfSectionsToo(String cell, String number, String rest) {
        ItemNumber parsed = ItemNumber.ofNumberCell(cell);

        assertThat(parsed.number()).isEqualTo(number);
        assertThat(parsed.rest()).isEqualTo(rest == null ? "" : rest);
    }

    @ParameterizedTest
    @CsvSource({"IT-куб", "Информационное сопровождение", "VIP", "IIII", "'I-й этап'"})
    void wordsThatStartWithCapitalLatinLettersAreNotRomanNumbers(String cell) {
        assertThat(ItemNumber.ofNumberCell(cell).present()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Февраль", "2022", "«Образовательный экспресс»", "''", "'1, 2 и 3 классы'"})
    void textWithoutALeadingNumberHasNone(String cell) {
        assertThat(ItemNumber.split(cell).present()).isFalse();
    }
}

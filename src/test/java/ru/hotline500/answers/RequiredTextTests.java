package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredTextTests {

    @Test
    void aWordBetweenBoundariesIsRequiredWhole() {
        assertThat(RequiredText.of("\\bпровер(ять|ят|ит|ка)\\b")).hasValueSatisfying(required -> assertThat(required).containsExactly("провер"));
    }

    @Test
    void eachBranchOfAnAlternationGivesItsOwn() {
        assertThat(RequiredText.of("(ис\\s+)?(мэдк|мдэк|медк)|\\bэм\\s*э\\s*дэ\\s*ка\\b"))
                .hasValueSatisfying(required -> assertThat(required).containsExactlyInAnyOrder("мэдк", "мдэк", "медк", "эм"));
    }

    @Test
    void theLongestOfSeveralRequiredPartsIsChosen() {
        assertThat(RequiredText.of("\\b(1|i|перв\\S*)[\\s-]*(й\\s+)?этап\\S*"))
                .hasValueSatisfying(required -> assertThat(required).containsExactly("этап"));
        assertThat(RequiredText.of("\\S+\\s+\\((\\p{L}+)\\*\\)")).hasValueSatisfying(required -> assertThat(required).containsExactly("*)"));
    }

    @Test
    void aCharacterRepeatedAtLeastOnceStillCounts() {
        assertThat(RequiredText.of("стратсес+и\\S*")).hasValueSatisfying(required -> assertThat(required).containsExactly("стратсе"));
    }

    @Test
    void nothingIsRequiredOfWhatMayBeAbsent() {
        assertThat(RequiredText.of("(мэдк)?\\s+")).isEmpty();
        assertThat(RequiredText.of("мэдк|\\s+")).isEmpty();
        assertThat(RequiredText.of("(?<=у\\s)\\S+")).isEmpty();
        assertThat(RequiredText.of("(\\s+\\S+){0,3}")).isEmpty();
    }

    @Test
    void whatItCannotReadIsAlwaysRun() {
        assertThat(RequiredText.of("(?i)мэдк")).isEmpty();
        assertThat(RequiredText.of("\\Qмэдк\\E")).isEmpty();
        assertThat(RequiredText.of("мэдк)")).isEmpty();
        assertThat(RequiredText.of("(мэдк")).isEmpty();
        assertThat(RequiredText.of("[мэдк")).isEmpty();
    }

    @Test
    void aClassIsSkippedWholeWithTheBracketsInside() {
        assertThat(RequiredText.of("[\\]а-я]+ отчет")).hasValueSatisfying(required -> assertThat(required).containsExactly(" отчет"));
    }
}

package ru.hotline500.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTests {

    @Test
    void cleaningRemovesParagraphTagsAndCollapsesWhitespace() {
        assertThat(Cells.clean("  <p>Январь-февраль\n 2022</p>  ")).isEqualTo("Январь-февраль 2022");
    }

    @Test
    void linesOfAResponsibleCellBecomeAList() {
        assertThat(Cells.cleanList("ИРОСО\nМуниципальные координаторы\nКураторы\nОО")).isEqualTo("ИРОСО, Муниципальные координаторы, Кураторы, ОО");
        assertThat(Cells.cleanList("\nКураторы\nОО")).isEqualTo("Кураторы, ОО");
        assertThat(Cells.cleanList("МОСО,\nОМСУ")).isEqualTo("МОСО, ОМСУ");
    }

    @Test
    void aDashAloneMeansNothing() {
        assertThat(Cells.blankIfDash("-")).isEmpty();
        assertThat(Cells.blankIfDash("—")).isEmpty();
        assertThat(Cells.blankIfDash("100% участие")).isEqualTo("100% участие");
    }

    @Test
    void paragraphsAreSplitOnTags() {
        assertThat(Cells.paragraphs("<p>один</p> <p>два</p>")).containsExactly("один", "два");
        assertThat(Cells.paragraphs("без тегов")).containsExactly("без тегов");
    }
}

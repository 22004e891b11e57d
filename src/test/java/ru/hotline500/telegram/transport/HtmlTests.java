package ru.hotline500.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTests {

    @Test
    void textFromRoadmapsAndPeopleCannotBreakTheMarkup() {
        assertThat(Html.escape("Проект <500+> & «МЭДК»")).isEqualTo("Проект &lt;500+&gt; &amp; «МЭДК»");
    }
}

package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuessesTests {

    @Test
    void aQuestionAboutWhereOrHowManyIsNotGuessedUnlessItAlsoAsksWhen() {
        assertThat(Guesses.allowed("сертификаты за вебинары где брать")).isFalse();
        assertThat(Guesses.allowed("сколько мест на курсах выделено на нашу школу?")).isFalse();
        assertThat(Guesses.allowed("какой пароль от мэдк у нашей школы?")).isFalse();
        assertThat(Guesses.allowed("онлайн-собрание, где всё объяснят, это когда?")).isTrue();
        assertThat(Guesses.allowed("заочный конкурс где школы рассказывают чего добились")).isTrue();
    }

    @Test
    void onlyAnItemThatCoversEnoughAndStandsWellAheadOfTheNextIsAGuess() {
        ItemIndex.Scored ahead = new ItemIndex.Scored(null, 5.0, 0.42);
        ItemIndex.Scored far = new ItemIndex.Scored(null, 2.0, 0.2);
        ItemIndex.Scored close = new ItemIndex.Scored(null, 4.5, 0.4);

        assertThat(Guesses.of(List.of(ahead, far))).containsSame(ahead);
        assertThat(Guesses.of(List.of(ahead))).containsSame(ahead);
        assertThat(Guesses.of(List.of(ahead, close))).isEmpty();
        assertThat(Guesses.of(List.of(new ItemIndex.Scored(null, 5.0, 0.3)))).isEmpty();
        assertThat(Guesses.of(List.of())).isEmpty();
    }
}

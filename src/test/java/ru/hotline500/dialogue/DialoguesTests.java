package ru.hotline500.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.Match;
import ru.hotline500.answers.Question;
import ru.hotline500.testing.MutableClock;
import ru.hotline500.testing.SharedApplication;

@SharedApplication
class DialoguesTests {

    private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 10);

    @Autowired
    Dialogues dialogues;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void onTheDay() {
        clock.set(Instant.parse("2021-04-10T09:00:00Z"));
    }

    @Test
    void aFollowUpThatNamesAnotherTerritoryKeepsTheTopic() {
        Answer first = ask("chat-1", "когда экспертиза документов второго этапа");
        Answer second = ask("chat-1", "а в Кизлярском?");

        assertThat(first.matches()).first().extracting(Match::territoryId).isEqualTo("dubovsky");
        assertThat(second.matches()).first().extracting(Match::territoryId).isEqualTo("kizlyar");
        assertThat(second.reply()).contains("Кизлярского района");
    }

    @Test
    void howLongIsLeftIsAboutTheSameItem() {
        Answer first = ask("chat-2", "до какого числа разместить концептуальные документы в МЭДК?");
        Answer second = ask("chat-2", "а сколько осталось?");

        assertThat(second.matches()).first().isEqualTo(first.matches().get(0));
        assertThat(second.reply()).contains("осталось 5 дней");
    }

    @Test
    void thanksInTheMiddleLeavesTheDialogueAsItWas() {
        Answer first = ask("chat-3", "до какого числа разместить концептуальные документы в МЭДК?");
        Answer thanks = ask("chat-3", "спасибо!");
        Answer again = ask("chat-3", "а в Кизлярском?");

        assertThat(thanks.verdict()).isEqualTo(Answer.Verdict.SMALL_TALK);
        assertThat(thanks.reply()).doesNotContain("нет пункта");
        assertThat(again.matches()).first().extracting(Match::territoryId).isEqualTo("kizlyar");
        assertThat(first.found()).isTrue();
    }

    @Test
    void aFollowUpAfterTheContextExpiredIsNotReadWithTheOldQuestion() {
        ask("chat-4", "когда экспертиза документов второго этапа");
        clock.advance(Duration.ofMinutes(31));

        Answer late = ask("chat-4", "а в Кизлярском?");

        assertThat(late.found()).isFalse();
        assertThat(late.verdict()).isNotEqualTo(Answer.Verdict.FOUND);
    }

    @Test
    void anotherPersonsChatHasItsOwnContext() {
        ask("chat-5", "когда экспертиза документов второго этапа");

        Answer other = ask("chat-6", "а сколько осталось?");

        assertThat(other.found()).isFalse();
    }

    @Test
    void aCompleteNewQuestionIsNotMixedWithThePreviousOne() {
        ask("chat-7", "что нужно сдать в мае?");

        Answer next = ask("chat-7", "когда будет огэ по математике");

        assertThat(next.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    private Answer ask(String chat, String text) {
        return dialogues.answer(chat, new Question(text, "dubovsky", APRIL_2021));
    }

    @Test
    void aNewThingAfterAStageQuestionIsAnsweredForThatStage() {
        ask("chat-g1", "Мониторинг позитивных изменений первый этап когда?", "kizlyar", LocalDate.of(2021, 5, 4));
        Answer expertise = ask("chat-g1", "а экспертиза документов?", "kizlyar", LocalDate.of(2021, 5, 4));
        Answer second = ask("chat-g1", "а во втором этапе?", "kizlyar", LocalDate.of(2021, 5, 4));

        assertThat(expertise.matches()).first().extracting(m -> m.item().number()).isEqualTo("13");
        assertThat(second.matches()).first().extracting(m -> m.item().number()).isEqualTo("17");
    }

    @Test
    void anotherPlaceWithinTheRegionIsAnsweredForThatPlace() {
        LocalDate april = LocalDate.of(2022, 4, 11);
        ask("chat-g2", "стажировочная площадка в Сенгилеевском районе когда?", "ulyanovsk", april);
        Answer district = ask("chat-g2", "а в Ульяновском районе?", "ulyanovsk", april);
        Answer city = ask("chat-g2", "а в городе?", "ulyanovsk", april);

        assertThat(district.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.7");
        assertThat(city.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.8");
    }

    @Test
    void whoAskedIsNotPartOfTheTopicAFollowUpCarriesToAnotherTerritory() {
        LocalDate march = LocalDate.of(2021, 3, 9);
        Answer own = ask("chat-g3", "Салам алейкум. Договора с кураторами когда заключают? руководитель школы спрашивает", "kizlyar", march);
        Answer theirs = ask("chat-g3", "а в Дубовском районе Ростовской как с этим, у них когда?", "kizlyar", march);

        assertThat(own.matches()).first().extracting(m -> m.item().number()).isEqualTo("8");
        assertThat(theirs.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
    }

    @Test
    void aCompleteQuestionAboutOurOwnTerritoryAfterAnotherOneIsAnsweredOnItsOwn() {
        LocalDate february = LocalDate.of(2022, 2, 10);
        ask("chat-g4", "я из кизлярского района а спрашиваю про ульяновскую область: когда у них договоры с кванториумом заключают",
                "kizlyar", february);
        Answer ours = ask("chat-g4", "а у нас в кизлярском договор с куратором когда", "kizlyar", february);

        assertThat(ours.matches()).first().satisfies(m -> {
            assertThat(m.territoryId()).isEqualTo("kizlyar");
            assertThat(m.item().number()).isEqualTo("8");
        });
    }

    @Test
    void atOursAfterAnotherTerritoryTheSameQuestionIsAnsweredForTheAskersOwn() {
        LocalDate april = LocalDate.of(2021, 4, 12);
        Answer theirs = ask("chat-g5", "а на Сахалине концептуальные документы когда размещают?", "dubovsky", april);
        Answer ours = ask("chat-g5", "а у нас сколько дней осталось?", "dubovsky", april);

        assertThat(theirs.matches()).first().extracting(Match::territoryId).isEqualTo("sakhalin");
        assertThat(ours.matches()).first().extracting(Match::territoryId).isEqualTo("dubovsky");
    }

    @Test
    void aFollowUpForOtherPeopleIsAnsweredOnlyByAnItemThatNamesThem() {
        LocalDate august = LocalDate.of(2022, 8, 20);
        ask("chat-20", "повышение квалификации для директоров и завучей когда у нас?", "neklinovsky", august);
        Answer librarians = ask("chat-20", "а для библиотекарей?", "neklinovsky", august);
        ask("chat-21", "повышение квалификации для директоров и завучей когда у нас?", "neklinovsky", august);
        Answer teachers = ask("chat-21", "а для учителей?", "neklinovsky", august);

        assertThat(librarians.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
        assertThat(librarians.nearby()).extracting(m -> m.item().number()).contains("6.2");
        assertThat(teachers.found()).isTrue();
        assertThat(teachers.matches()).first().extracting(m -> m.item().number()).isIn("6.1", "6.3");
    }

    @Test
    void ourOwnAfterAnotherTerritoryIsTheAskersTerritoryAgain() {
        LocalDate november = LocalDate.of(2021, 11, 20);
        ask("chat-22", "итоговый семинар по проекту в районе когда будет?", "dubovsky", november);
        Answer theirs = ask("chat-22", "а в Кизлярском?", "dubovsky", november);
        Answer ours = ask("chat-22", "а сколько до нашего осталось?", "dubovsky", november);

        assertThat(theirs.matches()).first().extracting(Match::territoryId).isEqualTo("kizlyar");
        assertThat(ours.matches()).first().extracting(Match::territoryId).isEqualTo("dubovsky");
    }

    @Test
    void aPlaceAmongTheSitesOfOneActionIsAnsweredByItsSiteOrNotFound() {
        LocalDate february = LocalDate.of(2022, 2, 10);
        ask("chat-23", "Когда будет стажировочная площадка в Сенгилеевском районе?", "ulyanovsk", february);
        Answer district = ask("chat-23", "а в Ульяновском районе?", "ulyanovsk", february);
        Answer town = ask("chat-23", "а в Димитровграде будет?", "ulyanovsk", february);

        assertThat(district.matches()).first().extracting(m -> m.item().number()).isEqualTo("3.7");
        assertThat(town.verdict()).isEqualTo(Answer.Verdict.NOT_FOUND);
        assertThat(town.nearby()).extracting(m -> m.item().number()).contains("3.5", "3.6", "3.7", "3.8");
    }

    private Answer ask(String chat, String text, String territory, LocalDate today) {
        return dialogues.answer(chat, new Question(text, territory, today));
    }
}

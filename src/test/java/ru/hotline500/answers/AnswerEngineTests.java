package ru.hotline500.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.hotline500.roadmap.Seeds;

/** The answer logic over the real Дубовский roadmap, without the application around it. */
class AnswerEngineTests {

    private static final LocalDate APRIL_10 = LocalDate.of(2021, 4, 10);
    private static final ItemIndex DUBOVSKY = new ItemIndex(Seeds.DUBOVSKY.parse().items().stream()
            .map(item -> new ScopeItem("dubovsky", 2021, item, "Дорожная карта Дубовского района на 2021 год, п. " + item.number()))
            .toList());

    private final AnswerEngine engine = new AnswerEngine();

    @Test
    void findsTheActionAskedAboutWithAbbreviations() {
        Answer answer = ask("до какого числа разместить концептуальные документы в МЭДК?");

        assertThat(answer.found()).isTrue();
        assertThat(numbers(answer)).first().isEqualTo("5");
        assertThat(answer.reply()).contains("до 15 апреля 2021 — осталось 5 дней").contains("п. 5");
    }

    @Test
    void toleratesTyposAndSynonyms() {
        assertThat(numbers(ask("кагда размещать концепцию в ис мдэк"))).first().isEqualTo("5");
        assertThat(numbers(ask("экспертиза докуметов когда"))).first().isIn("8", "18");
    }

    @Test
    void tellsTheStagesApartByWordsOrSeason() {
        assertThat(numbers(ask("мониторинг второго этапа когда"))).first().isEqualTo("17");
        assertThat(numbers(ask("когда экспертиза документов осенью"))).first().isEqualTo("18");
        assertThat(numbers(ask("экспертиза документов 1 этап"))).first().isEqualTo("8");
    }

    @Test
    void saysHonestlyWhenNoItemFitsAndLeavesTheOfferToTheBot() {
        Answer answer = ask("когда выплатят зарплату кураторам");

        assertThat(answer.found()).isFalse();
        assertThat(answer.offerHandOff()).isTrue();
        assertThat(answer.matches()).isEmpty();
        assertThat(answer.reply()).contains("нет пункта").doesNotContain("передам");
    }

    @Test
    void aQuestionInOtherWordsThatOnlyOneItemComesNearGetsThatItemAsAGuessWithTheOfferToPassItOn() {
        Answer answer = ask("когда встречи с родителями по проекту");

        assertThat(answer.verdict()).isEqualTo(Answer.Verdict.PROBABLE);
        assertThat(numbers(answer)).containsExactly("12");
        assertThat(answer.offerHandOff()).isTrue();
        assertThat(answer.reply()).startsWith("Точного совпадения нет, но, похоже, вы спрашиваете об этом пункте:")
                .contains("Срок: март – декабрь 2021").contains("п. 12").contains("другими словами");
        assertThat(ask("когда родительские собрания").verdict()).isEqualTo(Answer.Verdict.FOUND);
    }

    @Test
    void listsTheItemsOfAMonthByDate() {
        Answer answer = ask("что нужно сдать в мае?");

        assertThat(numbers(answer)).containsExactly("7", "6");
        assertThat(answer.window()).isEqualTo(new DateRange(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31)));
        assertThat(answer.reply()).startsWith("Сроки в мае 2021:");
    }

    @Test
    void theNearestDeadlineIsTheItemDueSoonest() {
        Answer answer = ask("ближайший дедлайн");

        assertThat(numbers(answer)).containsExactly("5");
        assertThat(answer.reply()).startsWith("Ближайший срок:");
    }

    @Test
    void aMonthWithNothingDueIsNotFound() {
        Answer answer = engine.answer("что сдавать в январе", LocalDate.of(2021, 12, 20), DUBOVSKY, "Дубовского района", Set.of());

        assertThat(answer.found()).isFalse();
        assertThat(answer.reply()).contains("сроков нет");
    }

    private Answer ask(String question) {
        return engine.answer(question, APRIL_10, DUBOVSKY, "Дубовского района", Set.of());
    }

    private static List<String> numbers(Answer answer) {
        return answer.matches().stream().map(m -> m.item().number()).toList();
    }
}

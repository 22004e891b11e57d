package ru.hotline500.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.dialogue.Dialogues;
import ru.hotline500.territory.Territories;
import ru.hotline500.testing.SharedApplication;

/** A person picks a territory and a day in the terminal, then asks in plain words. */
@SharedApplication
class ConsoleChatTests {

    private static final Clock APRIL_2021 = Clock.fixed(Instant.parse("2021-04-10T09:00:00Z"), ZoneOffset.UTC);

    @Autowired
    Dialogues answers;

    @Autowired
    Territories territories;

    @Test
    void answersQuestionsForThePickedTerritoryAndDay() throws Exception {
        String output = chat("1", "10.04.2021", "до какого числа разместить концептуальные документы в МЭДК?", "выход");

        assertThat(output).contains("1. Дубовский район (Ростовская область)")
                .contains("Территория: Дубовский район. Сегодня: 10 апреля 2021.")
                .contains("Срок: до 15 апреля 2021 — осталось 5 дней.")
                .contains("До свидания!");
    }

    @Test
    void wrongChoicesGetAHintAndNoCrash() throws Exception {
        String output = chat("99", "дубовский", "вчера", "", "", "выход");

        assertThat(output).contains("Такого номера нет в списке").contains("Не получилось прочитать дату")
                .contains("Сегодня: 10 апреля 2021.").contains("Напишите вопрос о сроках");
    }

    @Test
    void territoryAndDateCanBeChangedByWord() throws Exception {
        String output = chat("1", "10.04.2021", "территория", "Сахалин", "2021-02-20", "ближайший дедлайн", "выход");

        assertThat(output).contains("Территория: Сахалинская область. Сегодня: 20 февраля 2021.").contains("Ближайший срок:");
    }

    @Test
    void theEndOfInputEndsTheChatQuietly() throws Exception {
        assertThat(new ConsoleChat(answers, territories, APRIL_2021, new BufferedReader(new StringReader("1\n")),
                new PrintWriter(new StringWriter())).run()).isFalse();
    }

    private String chat(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleChat(answers, territories, APRIL_2021, new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(out)).run();
        return out.toString();
    }
}

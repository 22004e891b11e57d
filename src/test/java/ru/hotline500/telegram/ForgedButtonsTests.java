package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import ru.hotline500.visits.VisitsTestContext;

/**
 * Every kind of button the code knows ({@link ButtonKind}, so a new one is covered without touching this test) pressed
 * with forged data, through the router that serves Telegram: by a stranger, and by someone who may press them all (a
 * coordinator who is also a curator) in the private chat and in a group. Each press gets exactly the answer «Эта
 * кнопка больше не действует.», one warning in the log without a stack trace, and nothing throws.
 */
class ForgedButtonsTests extends VisitsTestContext {

    private static final String POWER_USER = "Кнопочная Проба Тестовна";
    private static final String PEOPLE = """
            ФИО;Роль;Территория;Школа;Краткое название;Год
            Кнопочная Проба Тестовна;региональный координатор;Ульяновская область;;;
            Кнопочная Проба Тестовна;куратор;Ульяновская область;МОУ Кнопочная школа (вымышленная);Кнопочная школа;2021
            """;
    private static final ChatUser STRANGER = TestChats.newPerson("Незнакомец");
    private static final ChatUser POWER = TestChats.newPerson("Кнопочная");
    private static final ChatRef GROUP = TestChats.newGroup();
    private static final String NOTHING = "999999999999999999";

    /** Values a field may be given instead of its own: a field that rejects one makes the data no button of ours. */
    private static final List<String> GARBAGE = List.of("", "%$#", "-1", "0", "1" + "0".repeat(30), "1.5", " 1", "1 ", "ёжик",
            "💥", "١٢", "a\u0000b", "NULL", "x".repeat(70));

    @Autowired
    BotRouter router;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void powerUserAndLog() {
        if (directory.findByName(POWER_USER).isEmpty()) {
            assertThat(people.importTable(PEOPLE.getBytes(StandardCharsets.UTF_8)).accepted()).isTrue();
        }
        if (directory.byTelegram(POWER.userId()).isEmpty()) {
            bindAccount(POWER_USER, POWER.userId());
        }
        log.start();
        appLogger().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        appLogger().detachAppender(log);
    }

    static Stream<Arguments> malformed() {
        return Arrays.stream(ButtonKind.values()).flatMap(kind -> malformed(kind).stream().map(data -> Arguments.of(kind, data)));
    }

    static Stream<String> unknown() {
        Set<String> data = new LinkedHashSet<>(Arrays.asList(null, "", " ", ":", "::", "?", "x:1", "unknown:1", "VS:1", "ёжик", "💥",
                "vs:" + "1".repeat(100)));
        for (ButtonKind kind : ButtonKind.values()) {
            String full = kind.key() + ":";
            IntStream.range(1, full.length()).mapToObj(end -> full.substring(0, end)).forEach(data::add);
            data.add(kind.key().toUpperCase() + ":" + String.join(":", examples(kind)));
        }
        return data.stream().filter(d -> !isFieldlessButton(d));
    }

    static Stream<String> gone() {
        List<String> data = new ArrayList<>(List.of("r:atlantida", "t:atlantida", "vo:2021:3", "vo:2020:1", "vo:2099:1", "vo:0:1",
                "vx:2021:0", "vx:2999:2"));
        for (ButtonKind kind : ButtonKind.values()) {
            if (kind.fields().contains(ButtonField.ID)) {
                data.add(kind.data(kind.fields().stream().map(f -> f == ButtonField.ID ? NOTHING : f.example()).toArray()));
            }
        }
        return data.stream();
    }

    @ParameterizedTest(name = "{0} «{1}»")
    @MethodSource("malformed")
    void everyKnownPrefixWithMalformedDataNoLongerWorks(ButtonKind kind, String data) {
        pressedByAnyoneAnywhereNoLongerWorks(data);
    }

    @ParameterizedTest(name = "«{0}»")
    @MethodSource("unknown")
    void dataOfNoKnownPrefixNoLongerWork(String data) {
        pressedByAnyoneAnywhereNoLongerWorks(data);
    }

    @ParameterizedTest(name = "«{0}»")
    @MethodSource("gone")
    void wellFormedDataNamingNothingNoLongerWork(String data) {
        assertNoLongerWorks(POWER, ChatRef.privateChat(POWER.userId()), data);
    }

    private void pressedByAnyoneAnywhereNoLongerWorks(String data) {
        assertNoLongerWorks(STRANGER, ChatRef.privateChat(STRANGER.userId()), data);
        assertNoLongerWorks(POWER, ChatRef.privateChat(POWER.userId()), data);
        assertNoLongerWorks(POWER, GROUP, data);
    }

    private void assertNoLongerWorks(ChatUser person, ChatRef chat, String data) {
        log.list.clear();

        Inbound.ButtonPress press = TestChats.press(chat, person, 2, data);
        List<Outgoing> answer = router.route(press);

        assertThat(answer).as("%s in %s", person.displayName(), chat.kind())
                .containsExactly(new Outgoing.ButtonAnswer(chat, press.callbackId(), BotTexts.STALE_BUTTON));
        List<ILoggingEvent> lines = log.list.stream().filter(e -> e.getThreadName().equals(Thread.currentThread().getName())).toList();
        assertThat(lines).as("log").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).noneMatch(e -> e.getThrowableProxy() != null)
                .filteredOn(e -> e.getLevel() == Level.WARN).hasSize(1);
    }

    /** The data a kind is pressed with: its prefix alone, garbage, huge and negative numbers, too few or too many fields. */
    private static Set<String> malformed(ButtonKind kind) {
        List<String> examples = examples(kind);
        String prefix = kind.key() + ":";
        Set<String> data = new LinkedHashSet<>();
        data.add(prefix);
        data.add(kind.key());
        GARBAGE.forEach(garbage -> data.add(prefix + garbage));
        if (examples.size() > 1) {
            data.add(prefix + String.join(":", examples.subList(0, examples.size() - 1)));
        }
        data.add(examples.isEmpty() ? prefix + "1" : prefix + String.join(":", examples) + ":1");
        data.add(" " + kind.data(examples.toArray()));
        data.add(kind.data(examples.toArray()) + " ");
        for (int i = 0; i < examples.size(); i++) {
            ButtonField field = kind.fields().get(i);
            for (String garbage : GARBAGE) {
                if (!field.accepts(garbage)) {
                    List<String> values = new ArrayList<>(examples);
                    values.set(i, garbage);
                    data.add(prefix + String.join(":", values));
                }
            }
        }
        data.removeIf(ForgedButtonsTests::isFieldlessButton);
        return data;
    }

    private static List<String> examples(ButtonKind kind) {
        return kind.fields().stream().map(ButtonField::example).toList();
    }

    /** The whole data of a button without fields ("rm:on" is also the key of "rm:on:SCHOOL"): not malformed. */
    private static boolean isFieldlessButton(String data) {
        return Arrays.stream(ButtonKind.values()).anyMatch(kind -> kind.fields().isEmpty() && kind.key().equals(data));
    }

    private static Logger appLogger() {
        return (Logger) LoggerFactory.getLogger("ru.hotline500");
    }
}

package ru.hotline500.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.hotline500.telegram.access.InviteCommand;
import ru.hotline500.telegram.handoff.HandOffHandlers;
import ru.hotline500.telegram.reminders.RemindCommand;
import ru.hotline500.telegram.visits.CoordinatorVisits;
import ru.hotline500.telegram.visits.VisitButtons;
import ru.hotline500.telegram.visits.VisitList;

/** Button data read strictly: exactly a kind's key and fields, each in its pattern; anything else is no button of ours. */
class ButtonDataTests {

    /** Data that fit the kind: each field's example. */
    static String sample(ButtonKind kind) {
        return kind.data(kind.fields().stream().map(ButtonField::example).toArray());
    }

    @ParameterizedTest
    @EnumSource(ButtonKind.class)
    void eachKindsDataReadBackAsThatKind(ButtonKind kind) {
        String data = sample(kind);

        assertThat(ButtonData.parse(data)).hasValueSatisfying(read -> {
            assertThat(read.kind()).isEqualTo(kind);
            assertThat(read.fields()).hasSameSizeAs(kind.fields());
        });
    }

    @Test
    void noTwoKindsCanReadTheSameData() {
        for (ButtonKind a : ButtonKind.values()) {
            for (ButtonKind b : ButtonKind.values()) {
                if (a != b) {
                    assertThat(a.key().equals(b.key()) && a.fields().size() == b.fields().size()).as("%s and %s", a, b).isFalse();
                    assertThat(a.key()).as("%s is read as a field of %s", a, b).doesNotStartWith(b.key() + ":");
                }
            }
        }
    }

    @Test
    void theDataOfButtonsAlreadySentStillReadAsBefore() {
        assertThat(ButtonData.parse("vo:2021:2")).contains(new ButtonData(ButtonKind.STAGE_VISITS, List.of("2021", "2")));
        assertThat(ButtonData.parse("rm:on")).contains(new ButtonData(ButtonKind.REMINDERS_ON, List.of()));
        assertThat(ButtonData.parse("rm:on:SCHOOL")).contains(new ButtonData(ButtonKind.REMINDERS_ON_AS, List.of("SCHOOL")));
        assertThat(ButtonData.parse("rm:i:dubovsky:2021:3.2а")).contains(new ButtonData(ButtonKind.REMIND_ITEM, List.of("dubovsky", "2021", "3.2а")));
        assertThat(ButtonData.parse("vwy:17")).contains(new ButtonData(ButtonKind.WITHDRAW_CONFIRMED, List.of("17")));
        assertThat(ButtonData.parse("vwn")).contains(new ButtonData(ButtonKind.WITHDRAW_CANCELLED, List.of()));
        assertThat(ButtonData.parse("ho:k:5")).contains(new ButtonData(ButtonKind.KEEP_ANSWER, List.of("5")));
        assertThat(ButtonData.parse("vd:yesterday")).contains(new ButtonData(ButtonKind.VISIT_DATE, List.of("yesterday")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "ho", "ho:", "ho:a", "ho:a:", "ho:x:1", "ho:a:1:2", "vo:2026", "vo:2026:1:1", "vo::1",
            "vs: 1", "vs:1 ", "vs:+1", "vs:0", "vs:01", "vs:-1", "vs:1.5", "vs:١٢", "vs:1000000000000000000000000000000",
            "vs:9999999999999999999", "vo:2026:9999999999", "vd:TODAY", "vd:today ", "vp:NOT_A_PURPOSE", "rm:on:", "rm:on:ADMIN",
            "rm:i:dubovsky:2021", "rm:i:Dubovsky:2021:1.9", "rm:i:dubovsky:2021: 1.9", "rm:i:dubovsky:2021:1\n9", "t:", "t:Ёлки",
            "regions:", "REGIONS", "visit:1", "vk:", "cancel:x", "inv:ёжик", "💥", "vs:1\u0000"})
    void anythingElseIsNoButtonOfOurs(String data) {
        assertThat(ButtonData.parse(data)).isEmpty();
    }

    @Test
    void dataLongerThanTelegramAllowsAreNoButtonOfOurs() {
        assertThat(ButtonData.parse("rm:i:" + "a".repeat(40) + ":2021:1.9")).isPresent();
        assertThat(ButtonData.parse("rm:i:" + "a".repeat(51) + ":2021:1.9")).isEmpty();
        assertThat(ButtonData.parse(null)).isEmpty();
    }

    @Test
    void fieldsAcceptOnlyTheirOwnValues() {
        assertThat(List.of("1", "17", "999999999999999999")).allMatch(ButtonField.ID::accepts);
        assertThat(List.of("", "0", "-1", "+1", "01", "1.5", "1e3", " 1", "١", "１", "1000000000000000000")).noneMatch(ButtonField.ID::accepts);
        assertThat(List.of("0", "1", "2021", "999999999")).allMatch(ButtonField.NUMBER::accepts);
        assertThat(List.of("", "-1", "007", "1000000000", "２０２１", "x")).noneMatch(ButtonField.NUMBER::accepts);
        assertThat(List.of("dubovsky", "rostov-oblast", "a_1", "9")).allMatch(ButtonField.TERRITORY::accepts);
        assertThat(List.of("", "-x", "Dubovsky", "дубовский", "a b", "a".repeat(65))).noneMatch(ButtonField.TERRITORY::accepts);
        assertThat(List.of("1.9", "3.2а", "12", "II.1", "1 (2)", "x".repeat(32))).allMatch(ButtonField.ITEM_NUMBER::accepts);
        assertThat(List.of("", " ", " 1", "1 ", "1:2", "1\n2", "x".repeat(33))).noneMatch(ButtonField.ITEM_NUMBER::accepts);
        assertThat(ButtonField.oneOf("keep", "none").accepts("keep")).isTrue();
        assertThat(List.of("", "Keep", "keep ", "k", "keepnone", "keep|none")).noneMatch(ButtonField.oneOf("keep", "none")::accepts);
    }

    @Test
    void dataThatWouldNotReadBackAreNeverMade() {
        assertThatThrownBy(() -> ButtonKind.INVITE.data(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ButtonKind.STAGE_VISITS.data(2021)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ButtonKind.REGIONS.data("x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ButtonKind.REMIND_ITEM.dataOf("dubovsky", 2021, "1:2")).isEmpty();
        assertThat(ButtonKind.REMIND_ITEM.dataOf("a".repeat(51), 2021, "1.9")).isEmpty();
        assertThat(ButtonKind.REMIND_ITEM.dataOf("dubovsky", 2021, "1.9")).contains("rm:i:dubovsky:2021:1.9");
    }

    @Test
    void everyKindOfButtonNeedsExactlyOneHandler() {
        List<ButtonHandler> all = new ArrayList<>(Stream.of(TerritoryChoice.class, VisitButtons.class, VisitList.class,
                CoordinatorVisits.class, InviteCommand.class, RemindCommand.class, HandOffHandlers.class).map(ButtonDataTests::handler).toList());
        new ButtonPresses(all);

        List<ButtonHandler> withoutInvitations = all.stream().filter(h -> !(h instanceof InviteCommand)).toList();
        assertThatThrownBy(() -> new ButtonPresses(withoutInvitations)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a handler").hasMessageContaining("INVITE");
        all.add(handler(InviteCommand.class));
        assertThatThrownBy(() -> new ButtonPresses(all)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INVITE have two handlers");
    }

    /** A handler that answers nothing but names its kinds of buttons as the real class does. */
    private static ButtonHandler handler(Class<? extends ButtonHandler> type) {
        ButtonHandler handler = mock(type);
        when(handler.kinds()).thenCallRealMethod();
        return handler;
    }
}

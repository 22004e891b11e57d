package ru.hotline500.telegram.reminders;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.hotline500.reminders.DueReminder;
import ru.hotline500.reminders.ItemRemembered;
import ru.hotline500.reminders.ReminderItem;
import ru.hotline500.reminders.ReminderRole;
import ru.hotline500.reminders.ReminderSettings;
import ru.hotline500.telegram.BotTexts;

/** What personal reminders say: /remind, the «Напомнить» button, and the morning reminders themselves. */
final class ReminderTexts {

    static final String MENU = "Напоминания о сроках: включить или выключить";
    static final String HELP_LINE = "напоминания о сроках (утром за 3 дня и в день срока)";

    static final String REMIND = "🔔 Напомнить";
    static final String TURN_ON = "Включить напоминания";
    static final String TURN_OFF = "Выключить напоминания";
    static final String SCHOOL = "Я из школы";
    static final String CURATOR = "Я куратор";
    static final String COORDINATOR = "Я координатор";
    static final String TURNED_OFF = "Напоминания о сроках выключены. Включить снова — /remind.";
    static final String WERE_OFF = "Напоминания и так выключены. Включить — /remind.";
    static final String NO_ITEM = "Не могу напомнить об этом пункте: в дорожных картах вашей территории его нет или срок уже прошёл.";
    static final String FORGOTTEN = "Хорошо, об этом пункте больше не напомню.";

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.forLanguageTag("ru"));
    private static final int LONGEST_ACTION = 160;

    private ReminderTexts() {
    }

    static String settings(ReminderSettings settings, String territory, boolean askRole) {
        StringBuilder text = new StringBuilder("🔔 Напоминания о сроках: утром за 3 дня до срока и в сам день срока.\n\n");
        if (settings.enabled()) {
            text.append("Сейчас включены: пункты дорожных карт (").append(territory).append("), где ответственные — ")
                    .append(whose(settings.role())).append('.');
        } else if (askRole) {
            text.append("Сейчас выключены. Чтобы включить, скажите, кто вы — я буду напоминать о пунктах для вас (").append(territory)
                    .append(").");
        } else {
            text.append("Сейчас выключены.");
        }
        if (!settings.items().isEmpty()) {
            text.append("\n\nОтдельные пункты, о которых вы просили напомнить:");
            settings.items().forEach(i -> text.append("\n• п. ").append(i.ref().number()).append(" (").append(i.ref().year()).append(")")
                    .append(i.action().isBlank() ? " — этого пункта в дорожной карте больше нет" : " «" + clip(i.action()) + "»"));
        }
        return text.toString();
    }

    static String turnedOn(ReminderRole role, String territory, LocalTime at) {
        return "Напоминания включены: утром (с " + at + " по местному времени) за 3 дня до срока и в сам день срока — о пунктах "
                + "дорожных карт (" + territory + "), где ответственные — " + whose(role) + ". Выключить — /remind.";
    }

    static String remembered(ItemRemembered item) {
        String when = item.threeDaysAhead()
                ? "утром " + BotTexts.dayAndMonth(item.threeDaysBefore()) + " (за 3 дня) и " + BotTexts.dayAndMonth(item.until())
                        + " (в день срока)"
                : "утром " + BotTexts.dayAndMonth(item.until()) + " (в день срока)";
        return (item.already() ? "Я уже помню об этом пункте: напомню о п. " : "Хорошо: напомню о п. ") + item.ref().number()
                + " «" + clip(item.action()) + "» " + when + ".";
    }

    static String offerAll() {
        return "Напоминать и обо всех сроках для вас — /remind.";
    }

    static String forget(ReminderSettings.Remembered item) {
        return "✖ п. " + item.ref().number();
    }

    static String reminder(DueReminder due, String territory) {
        StringBuilder text = new StringBuilder("🔔 Напоминание о сроках (").append(territory).append("):\n");
        for (ReminderItem item : due.items()) {
            text.append("\n• ").append(item.kind() == ReminderItem.Kind.ON_THE_DAY ? "Сегодня последний день"
                            : "Через 3 дня, до " + BotTexts.dayAndMonth(item.until()) + " (" + WEEKDAY.format(item.until()) + ")")
                    .append(": «").append(clip(item.action())).append("»");
            if (!item.responsible().isBlank()) {
                text.append("\n  Ответственные: ").append(clip(item.responsible()));
            }
            text.append("\n  Источник: ").append(item.source());
        }
        return text.append("\n\nИзменить или выключить напоминания — /remind.").toString();
    }

    private static String whose(ReminderRole role) {
        return switch (role) {
            case CURATOR -> "кураторы";
            case SCHOOL -> "школы (ОО, координаторы от ШНОР)";
            case COORDINATOR -> "муниципальные координаторы";
        };
    }

    private static String clip(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= LONGEST_ACTION ? line : line.substring(0, LONGEST_ACTION - 1).strip() + "…";
    }

}

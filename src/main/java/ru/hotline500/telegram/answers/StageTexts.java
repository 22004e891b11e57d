package ru.hotline500.telegram.answers;

import java.time.LocalDate;
import java.util.List;
import ru.hotline500.telegram.BotTexts;
import ru.hotline500.visits.Stage;

/** The words of /stage. */
final class StageTexts {

    static final String MENU = "Какой сейчас этап и что сделать до его конца";

    /** Longer lists end with how many more there are: a chat message is read on a phone. */
    static final int LONGEST_LIST = 10;

    private static final int LONGEST_ACTION = 120;

    /** An item due before the stage ends: the last day of its nearest window. */
    record Due(LocalDate until, String number, String action) {
    }

    private StageTexts() {
    }

    static String stage(String territory, Stage stage, List<Due> due) {
        StringBuilder text = new StringBuilder("Сейчас идёт ").append(stage.label())
                .append(" (с ").append(BotTexts.dayAndMonth(stage.from())).append(" по ").append(BotTexts.dayAndMonth(stage.to()))
                .append("). Территория: ").append(territory).append(".\n\n");
        if (due.isEmpty()) {
            return text.append("До конца этапа сроков в дорожных картах больше нет.").toString();
        }
        text.append("До конца этапа по дорожным картам:\n");
        due.stream().limit(LONGEST_LIST).forEach(item -> text.append("• до ").append(BotTexts.dayAndMonth(item.until())).append(" — «")
                .append(shortened(item.action())).append("» (п. ").append(item.number()).append(")\n"));
        if (due.size() > LONGEST_LIST) {
            text.append("…и ещё ").append(due.size() - LONGEST_LIST)
                    .append(". Ближайшие сроки по месяцам: спросите, например, «что сдавать в этом месяце?»\n");
        }
        return text.append("\nО любом пункте можно спросить обычными словами.").toString();
    }

    private static String shortened(String action) {
        String oneLine = action.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_ACTION ? oneLine : oneLine.substring(0, LONGEST_ACTION - 1).strip() + "…";
    }
}

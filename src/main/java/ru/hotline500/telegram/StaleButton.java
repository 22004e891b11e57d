package ru.hotline500.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a press on a button that no longer works: data that are no button of ours (forged, or from an older
 * version), or a button naming something gone, someone else's or out of turn. One warning in the log, no stack trace:
 * it is the presser's doing, not a fault of the bot.
 */
public final class StaleButton {

    private static final Logger log = LoggerFactory.getLogger(StaleButton.class);
    private static final int LONGEST_LOGGED = 80;

    private StaleButton() {
    }

    public static List<Outgoing> answer(Inbound.ButtonPress press, String why) {
        log.warn("Button «{}» no longer works for user {} in chat {}: {}", printable(press.data()), press.from().userId(),
                press.chat().id(), why);
        return unlogged(press);
    }

    /** The answer alone, when the feature that refused the press has logged why. */
    public static List<Outgoing> unlogged(Inbound.ButtonPress press) {
        return List.of(new Outgoing.ButtonAnswer(press.chat(), press.callbackId(), BotTexts.STALE_BUTTON));
    }

    /** Forged data go to the log as one line of bounded length. */
    private static String printable(String data) {
        if (data == null) {
            return "null";
        }
        String line = data.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= LONGEST_LOGGED ? line : line.substring(0, LONGEST_LOGGED) + "…";
    }
}

package ru.hotline500.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.hotline500.people.Member;
import ru.hotline500.people.Role;

/**
 * What a command declares of itself: the name typed after the slash, the kind of chat it works in, its menu lines
 * (a null line: not in that chat kind's menu, though it may still work there), who it is for, and its line in /help.
 *
 * @param boundGroupOnly  a group command that answers in a group bound to a territory only (the hint for a wrong chat
 *                        says to /bind first)
 */
public record CommandInfo(String name, Where where, String privateMenuLine, String groupMenuLine, Audience audience,
                          String helpLine, boolean boundGroupOnly) {

    /** Telegram's rule for a command's name in its menus. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    /** Where a command works. */
    public enum Where {
        PRIVATE_CHAT, GROUP, ANY
    }

    /** Who may use a command, as /help lists it: a person sees the commands of their role. */
    public enum Audience {
        EVERYONE, CURATORS, CURATORS_AND_COORDINATORS, COORDINATORS;

        public boolean includes(Optional<Member> member) {
            return switch (this) {
                case EVERYONE -> true;
                case CURATORS -> member.filter(this::curator).isPresent();
                case COORDINATORS -> member.filter(Member::coordinates).isPresent();
                case CURATORS_AND_COORDINATORS -> member.filter(m -> curator(m) || m.coordinates()).isPresent();
            };
        }

        private boolean curator(Member member) {
            return member.has(Role.CURATOR);
        }
    }

    public CommandInfo {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a command's name is 1 to 32 of a-z, 0-9 and _, not " + name);
        }
        if (where == null || audience == null) {
            throw new IllegalArgumentException("/" + name + ": where it works and who it is for are required");
        }
    }

    /** A command of the private chat with the bot, for everyone; /help shows its menu line. */
    public static CommandInfo privateChat(String name, String menuLine) {
        return new CommandInfo(name, Where.PRIVATE_CHAT, menuLine, null, Audience.EVERYONE, null, false);
    }

    /** A command of the coordinators' group, for coordinators. */
    public static CommandInfo group(String name, String menuLine) {
        return new CommandInfo(name, Where.GROUP, null, menuLine, Audience.COORDINATORS, null, false);
    }

    /** A command that works in both kinds of chat, with the line of each menu (null: not in that menu). */
    public static CommandInfo anywhere(String name, String privateMenuLine, String groupMenuLine) {
        return new CommandInfo(name, Where.ANY, privateMenuLine, groupMenuLine, Audience.EVERYONE, null, false);
    }

    public CommandInfo forAudience(Audience who) {
        return new CommandInfo(name, where, privateMenuLine, groupMenuLine, who, helpLine, boundGroupOnly);
    }

    /** A longer line for /help than the menu's. */
    public CommandInfo helpLine(String line) {
        return new CommandInfo(name, where, privateMenuLine, groupMenuLine, audience, line, boundGroupOnly);
    }

    public CommandInfo inBoundGroupOnly() {
        return new CommandInfo(name, where, privateMenuLine, groupMenuLine, audience, helpLine, true);
    }

    public boolean worksIn(ChatKind kind) {
        return switch (where) {
            case PRIVATE_CHAT -> kind == ChatKind.PRIVATE;
            case GROUP -> kind.isGroup();
            case ANY -> true;
        };
    }

    /** Its line in that kind of chat's menu, if it is in that menu. */
    public Optional<String> menuLine(boolean privateChat) {
        return Optional.ofNullable(privateChat ? privateMenuLine : groupMenuLine);
    }

    /** «/stage — какой сейчас этап…»: its help line, or its menu line in lower case, after its name. */
    String helpEntry(boolean privateChat) {
        String line = helpLine != null ? helpLine : menuLine(privateChat).orElse("");
        String text = line.isEmpty() ? line : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
        return "/" + name + (text.isEmpty() ? "" : " — " + text);
    }
}

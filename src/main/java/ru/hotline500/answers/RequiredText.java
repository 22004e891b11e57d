package ru.hotline500.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What any match of a regular expression must contain: a few strings, one of which is in every text the expression
 * matches ({@code \bпровер(ять|ка)\b} needs «провер»; {@code мэдк|медк} needs one of the two). A text that contains
 * none of them cannot match, so the expression need not be run over it. When nothing can be said (an optional part
 * only, a construct not read here), the answer is empty and the expression is always run.
 */
final class RequiredText {

    private final String regex;
    private int at;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /** The strings one of which every match contains, or empty when the expression must always be run. */
    static Optional<Set<String>> of(String regex) {
        try {
            RequiredText reader = new RequiredText(regex);
            Set<String> required = reader.alternatives();
            return reader.at == regex.length() ? Optional.ofNullable(required) : Optional.empty();
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /** {@code a|b|c} up to a closing bracket or the end: null unless every branch requires something. */
    private Set<String> alternatives() {
        Set<String> union = new LinkedHashSet<>();
        boolean everyBranch = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                everyBranch = false;
            } else {
                union.addAll(branch);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
            } else {
                return everyBranch ? union : null;
            }
        }
    }

    /** One branch: the most telling of what its parts require (the set whose shortest string is longest). */
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Atom atom = atom();
            boolean once = !quantifierFollows();
            int least = once ? 1 : leastRepeats();
            if (atom.literal() != null && once) {
                run.append(atom.literal());
                continue;
            }
            flush(run, candidates);
            if (least > 0 && atom.literal() != null) {
                candidates.add(Set.of(String.valueOf(atom.literal())));
            } else if (least > 0 && atom.required() != null) {
                candidates.add(atom.required());
            }
        }
        flush(run, candidates);
        return candidates.stream().max(Comparator.comparingInt(RequiredText::shortest)).orElse(null);
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    private static int shortest(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    /** One character, group, class or escape: a literal character, a group with what it requires, or anything else. */
    private Atom atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return Atom.OTHER;
            }
            case '\\' -> {
                return escape();
            }
            case '.', '^', '$' -> {
                return Atom.OTHER;
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unreadable();
            default -> {
                return new Atom(c, null);
            }
        }
    }

    private Atom group() {
        boolean lookAround = false;
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookAround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookAround = true;
        } else if (regex.startsWith("?", at)) {
            throw new Unreadable(); // flags, named groups, atomic groups
        }
        Set<String> inside = alternatives();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
        return lookAround ? Atom.OTHER : new Atom(null, inside);
    }

    private void skipClass() {
        int depth = 1;
        if (regex.startsWith("^", at)) {
            at++;
        }
        if (regex.startsWith("]", at)) {
            at++;
        }
        while (depth > 0) {
            if (at >= regex.length()) {
                throw new Unreadable();
            }
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private Atom escape() {
        if (at >= regex.length()) {
            throw new Unreadable();
        }
        char c = regex.charAt(at++);
        if (!Character.isLetterOrDigit(c)) {
            return new Atom(c, null);
        }
        if (c == 'p' || c == 'P') {
            int close = regex.indexOf('}', at);
            if (!regex.startsWith("{", at) || close < 0) {
                throw new Unreadable();
            }
            at = close + 1;
            return Atom.OTHER;
        }
        if ("bBsSdDwWhHvVRAzZG".indexOf(c) >= 0) {
            return Atom.OTHER;
        }
        throw new Unreadable(); // quoting, hexadecimal and Unicode escapes, back references and the like
    }

    private boolean quantifierFollows() {
        return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
    }

    /** Reads the quantifier that follows and returns the fewest repeats it allows. */
    private int leastRepeats() {
        char c = regex.charAt(at++);
        int least;
        if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unreadable();
            }
            String bounds = regex.substring(at, close);
            at = close + 1;
            try {
                least = Integer.parseInt(bounds.split(",", -1)[0].strip());
            } catch (NumberFormatException e) {
                throw new Unreadable();
            }
        } else {
            least = c == '+' ? 1 : 0;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same repeats
        }
        return least;
    }

    /** A literal character, or a group with what it requires (null: nothing), or neither. */
    private record Atom(Character literal, Set<String> required) {
        static final Atom OTHER = new Atom(null, null);
    }

    /** A construct this reader does not follow: the expression is then always run. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}

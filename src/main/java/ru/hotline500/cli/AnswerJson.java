package ru.hotline500.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.Match;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public JSON form of an answer, one object per line:
 * {"territory", "today", "question", "found", "items": [{"number", "roadmap", "deadline"}], "reply"}, and since the
 * dialogues: "dialogue" (when the line has one), "verdict" (found, listed, not_found, small_talk) and "ongoing" (items
 * that run through the period asked about, listed apart).
 */
final class AnswerJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerJson() {
    }

    static String line(String territory, LocalDate today, String question, String dialogue, Answer answer) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("territory", territory);
        object.put("today", today == null ? null : today.toString());
        object.put("question", question);
        object.put("found", answer.found());
        object.put("items", answer.matches().stream().map(AnswerJson::item).toList());
        object.put("reply", answer.reply());
        if (!dialogue.isEmpty()) {
            object.put("dialogue", dialogue);
        }
        object.put("verdict", answer.verdict().name().toLowerCase(java.util.Locale.ROOT));
        object.put("ongoing", answer.ongoing().stream().map(AnswerJson::item).toList());
        return JSON.writeValueAsString(object);
    }

    private static Map<String, Object> item(Match match) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", match.item().number());
        item.put("roadmap", match.territoryId() + "/" + match.roadmapYear());
        item.put("deadline", match.item().deadline().text());
        return item;
    }
}

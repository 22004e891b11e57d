package ru.hotline500.answers;

import java.time.LocalDate;
import java.util.List;

/**
 * An answer to a follow-up that asks about other people («а для библиотекарей?»): only the items that name them
 * answer it; when none does, it is "not found", with the items of the answer as «возможно».
 */
final class FollowUpAnswers {

    private final ReplyWriter replies = new ReplyWriter();

    /** The answer with only the items whose text contains one of the words; a list of a period is left as it is. */
    Answer naming(Answer answer, List<String> words, ItemIndex index, String scopeName, LocalDate today) {
        if (!answer.found() || answer.verdict() == Answer.Verdict.LISTED) {
            return answer;
        }
        List<Match> kept = answer.matches().stream().filter(m -> words.stream().anyMatch(w -> index.contains(m.item(), w))).toList();
        if (kept.size() == answer.matches().size()) {
            return answer;
        }
        if (kept.isEmpty()) {
            List<Match> nearby = answer.matches().stream().limit(2).toList();
            return replies.notFoundAnswer(scopeName, nearby, today);
        }
        return answer.verdict() == Answer.Verdict.PROBABLE ? replies.guessAnswer(kept.get(0), today) : replies.foundAnswer(kept, today);
    }
}

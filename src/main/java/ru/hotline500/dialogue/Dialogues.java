package ru.hotline500.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import ru.hotline500.answers.Answer;
import ru.hotline500.answers.DeadlineAnswers;
import ru.hotline500.answers.FollowUps;
import ru.hotline500.answers.Question;

/**
 * Answers a person's messages in one chat in turn, the same for the bot, the console and {@code ask --batch}: a
 * message that only makes sense with the previous question («а осенью?», «а сколько осталось?») is answered as that
 * question with what it changes; small talk leaves the dialogue as it was; a complete new question starts afresh.
 */
@Service
public class Dialogues {

    /** «а у нас в районе такое есть?», «а до нашего сколько?»: back to the asker's own territory after asking about another one. */
    private static final Pattern OURS = Pattern.compile(
            "\\b(у\\s+нас|в\\s+нашем|в\\s+нашей|у\\s+себя|до\\s+наш(его|ей|их)|по\\s+наш(ему|ей|им))\\b",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    private final DeadlineAnswers answers;
    private final DialogueContexts contexts;
    private final DialogueProperties properties;
    private final Clock clock;

    Dialogues(DeadlineAnswers answers, DialogueContexts contexts, DialogueProperties properties, Clock clock) {
        this.answers = answers;
        this.contexts = contexts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param chatKey one person in one chat: "tg:&lt;chat&gt;:&lt;user&gt;", "console:&lt;session&gt;"
     * @throws ru.hotline500.territory.UnknownTerritoryException when the asker's territory is not known
     */
    public Answer answer(String chatKey, Question question) {
        Instant now = clock.instant();
        Optional<DialogueContext> previous = contexts.find(chatKey)
                .filter(context -> !context.askedAt().isBefore(now.minus(properties.followUpWithin())));
        Answer alone = answers.answer(question);
        if (alone.verdict() == Answer.Verdict.SMALL_TALK || alone.chat() && previous.isEmpty()) {
            return alone;
        }
        Optional<String> named = answers.territoryNamedIn(question.text(), question.territoryId());
        Optional<String> merged = previous.flatMap(context -> FollowUps.merged(context.question(), question.text(),
                answers.placeTerms()));
        if (merged.isEmpty()) {
            if (!alone.chat()) {
                contexts.save(chatKey, answers.topicOf(question), named.orElse(null), now);
            }
            return alone;
        }
        String about = named.orElse(OURS.matcher(question.text()).find() ? question.territoryId() : previous.get().aboutTerritoryId());
        Optional<String> newTopic = FollowUps.newTopic(previous.get().question(), question.text(), answers.placeTerms());
        if (newTopic.isPresent()) {
            Answer answer = answers.answer(new Question(newTopic.get(), question.territoryId(), question.today(), about));
            if (answer.verdict() == Answer.Verdict.FOUND) {
                contexts.save(chatKey, newTopic.get(), about, now);
                return answer;
            }
        }
        List<String> changed = merged.get().equals(previous.get().question()) ? List.of()
                : FollowUps.audience(question.text(), answers.placeTerms());
        Answer answer = answers.answer(new Question(merged.get(), question.territoryId(), question.today(), about, changed));
        contexts.save(chatKey, merged.get(), about, now);
        return answer;
    }
}

package ru.hotline500.answers;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A question about the dates of an assessment itself («когда ВПР в этом году?», «даты ОГЭ по математике»): the
 * roadmaps plan the work around the assessments (analysing their results, preparing for them), while the dates of the
 * assessments are set by Rosobrnadzor and the region. Such a question is answered only by an item that is the
 * assessment («Проведение ВПР …»), never by the analysis of its results or a seminar on preparing for it.
 */
final class ExamDates {

    /** ВПР, ОГЭ, ЕГЭ, ГИА (folded to {@code xgia}), РИКО, НИКО, «экзамены». */
    private static final Set<String> EXAMS = Set.of("впр", "огэ", "егэ", "xgia", "рико", "нико", "экзам", "экзамен");
    /**
     * Words that ask about work around an assessment, not its dates: results, analysis, preparation, help
     * («собрания с родителями о том, как помочь детям с экзаменами»).
     */
    private static final Pattern AROUND = Pattern.compile("(анализ|проанализ|результат|итог|подгот|готов|разбор|пробн|помо[чщг]|объясн).*");
    /** Words that say nothing about which work is meant: when, which classes, which year, to conduct. */
    private static final Pattern ANY_WORK = Pattern.compile("\\d+|xconduct|xschool|xpupil|xstage\\d|xregion|класс|год|срок|дат|"
            + "числ|график|расписан|проект|план|пишут|пишем|напишут|сдают|сдаем|500\\+");

    static final String NOTE = "Даты ВПР, ОГЭ и ЕГЭ дорожные карты не устанавливают: их назначают Рособрнадзор"
            + " и министерство образования региона.";

    private ExamDates() {
    }

    /** Whether the question's terms ask when an assessment takes place, and nothing about the work around it. */
    static boolean asked(List<String> terms) {
        return terms.stream().anyMatch(ExamDates::exam) && terms.stream().noneMatch(t -> AROUND.matcher(t).matches());
    }

    /**
     * Whether an item answers a question about the dates of an assessment: it is the assessment («Проведение ВПР»,
     * «ВПР по …» — one is named in its first words), or it is other work the question names besides the assessment
     * («родительские собрания по ГИА», «семинары к ЕГЭ»).
     */
    static boolean answers(Set<String> head, List<String> questionTerms, Predicate<String> itemHas) {
        return head.stream().anyMatch(ExamDates::exam) || questionTerms.stream()
                .filter(t -> !exam(t) && !ANY_WORK.matcher(t).matches()).anyMatch(itemHas);
    }

    private static boolean exam(String term) {
        return EXAMS.contains(term);
    }
}

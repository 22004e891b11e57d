package ru.hotline500.telegram.visits;

import java.time.LocalDate;
import ru.hotline500.visits.VisitPurpose;

/**
 * What a visit dialogue knows so far, kept in the conversation between messages. {@code visitId} is set when an
 * existing visit is being corrected. Stored as "visit;school;date;purpose;comment" (the comment last, as written).
 */
record VisitDraft(Long visitId, Long schoolId, LocalDate date, VisitPurpose purpose, String comment) {

    static VisitDraft forSchool(Long schoolId) {
        return new VisitDraft(null, schoolId, null, null, null);
    }

    VisitDraft withSchool(long id) {
        return new VisitDraft(visitId, id, date, purpose, comment);
    }

    VisitDraft withDate(LocalDate day) {
        return new VisitDraft(visitId, schoolId, day, purpose, comment);
    }

    VisitDraft withPurpose(VisitPurpose chosen) {
        return new VisitDraft(visitId, schoolId, date, chosen, comment);
    }

    VisitDraft withComment(String text) {
        return new VisitDraft(visitId, schoolId, date, purpose, text == null || text.isBlank() ? null : text.strip());
    }

    boolean correcting() {
        return visitId != null;
    }

    String encode() {
        return String.join(";", text(visitId), text(schoolId), text(date), purpose == null ? "" : purpose.name(),
                comment == null ? "" : comment);
    }

    static VisitDraft decode(String data) {
        String[] parts = (data == null ? "" : data).split(";", 5);
        if (parts.length < 5) {
            return new VisitDraft(null, null, null, null, null);
        }
        return new VisitDraft(parts[0].isEmpty() ? null : Long.valueOf(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
                parts[2].isEmpty() ? null : LocalDate.parse(parts[2]), parts[3].isEmpty() ? null : VisitPurpose.valueOf(parts[3]),
                parts[4].isEmpty() ? null : parts[4]);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

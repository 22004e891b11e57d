package ru.hotline500.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

/** A coordinators' group bound to a territory: its digests go there (to the topic it was bound in), weekly. */
@Entity
@Table(name = "coordinator_group")
class CoordinatorGroup {

    @Id
    @Column(name = "chat_id")
    private Long chatId;

    @Column(name = "territory_id", nullable = false)
    private String territoryId;

    @Column(name = "thread_id")
    private Integer threadId;

    @Column(name = "bound_by", nullable = false)
    private Long boundBy;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_day", nullable = false)
    private DayOfWeek digestDay;

    @Column(name = "digest_time", nullable = false)
    private String digestTime;

    protected CoordinatorGroup() {
    }

    CoordinatorGroup(long chatId, Integer threadId, String territoryId, long boundBy, Instant now, DayOfWeek day, LocalTime time) {
        this.chatId = chatId;
        this.threadId = threadId;
        this.territoryId = territoryId;
        this.boundBy = boundBy;
        this.boundAt = now;
        this.digestDay = day;
        this.digestTime = time.toString();
    }

    /** The same binding under the group's new id (a group that became a supergroup). */
    CoordinatorGroup movedTo(long newChatId) {
        return new CoordinatorGroup(newChatId, threadId, territoryId, boundBy, boundAt, digestDay, LocalTime.parse(digestTime));
    }

    void scheduleAt(DayOfWeek day, LocalTime time) {
        this.digestDay = day;
        this.digestTime = time.toString();
    }

    GroupBinding toBinding() {
        return new GroupBinding(chatId, threadId, territoryId, digestDay, LocalTime.parse(digestTime));
    }
}

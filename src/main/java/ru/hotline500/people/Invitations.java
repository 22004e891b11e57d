package ru.hotline500.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a one-time, expiring code per person; the Telegram account that opens it is bound to that person.
 * A new invitation replaces the person's earlier unused ones.
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final int CODE_BYTES = 15;

    private final InvitationRepository invitations;
    private final PersonRepository persons;
    private final PeopleProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, PersonRepository persons, PeopleProperties properties, Clock clock) {
        this.invitations = invitations;
        this.persons = persons;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new invitation for the person; {@code createdBy} says who asked for it (a name, or "командная строка"). */
    @Transactional
    public InvitationLink invite(long personId, String createdBy) {
        Person person = persons.findById(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        Instant now = clock.instant();
        invitations.findByPersonIdAndUsedAtIsNull(personId).forEach(old -> old.revoke(now));
        Invitation invitation = invitations.save(new Invitation(newCode(), personId, createdBy, now, now.plus(properties.invitationTtl())));
        log.info("Invitation for person {} ({}) made by {}, valid until {}", personId, person.fullName(), createdBy, invitation.expiresAt());
        return new InvitationLink(invitation.code(), person.toMember(), invitation.expiresAt());
    }

    /** Binds the account that opened the link, once; opening the same link again from the same account is harmless. */
    @Transactional
    public Redemption redeem(String code, long telegramUserId) {
        Instant now = clock.instant();
        Optional<Invitation> found = invitations.findById(code);
        if (found.isEmpty()) {
            return refused(code, telegramUserId, Redemption.Reason.UNKNOWN);
        }
        Invitation invitation = found.get();
        Person person = persons.findById(invitation.personId()).orElseThrow();
        if (invitation.used()) {
            return Long.valueOf(telegramUserId).equals(person.telegramUserId()) ? new Redemption.Bound(person.toMember())
                    : refused(code, telegramUserId, Redemption.Reason.USED);
        }
        if (invitation.expiredAt(now)) {
            return refused(code, telegramUserId, Redemption.Reason.EXPIRED);
        }
        Optional<Person> holder = persons.findByTelegramUserId(telegramUserId);
        if (holder.isPresent() && !holder.get().id().equals(person.id())) {
            return refused(code, telegramUserId, Redemption.Reason.ACCOUNT_TAKEN);
        }
        invitation.use(telegramUserId, now);
        person.bindTelegram(telegramUserId);
        log.info("Telegram user {} bound to person {} ({})", telegramUserId, person.id(), person.fullName());
        return new Redemption.Bound(person.toMember());
    }

    private static Redemption refused(String code, long userId, Redemption.Reason reason) {
        log.warn("Invitation {} refused for Telegram user {}: {}", code, userId, reason);
        return new Redemption.Refused(reason);
    }

    private String newCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return InvitationLink.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package ru.hotline500.people;

/** What opening an invitation link came to. */
public sealed interface Redemption {

    /** The account is now bound to the person. */
    record Bound(Member person) implements Redemption {
    }

    /** No such code, or it was used already, or its time ran out. */
    record Refused(Reason reason) implements Redemption {
    }

    enum Reason { UNKNOWN, USED, EXPIRED, ACCOUNT_TAKEN }
}

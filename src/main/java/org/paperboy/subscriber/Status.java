package org.paperboy.subscriber;

/** Where a subscriber stands. Only ACTIVE subscribers receive issues. */
public enum Status {
    /** Signed up, not yet confirmed: nothing but the confirmation mail goes to them. */
    PENDING,
    ACTIVE,
    UNSUBSCRIBED,
    /** Hard-bounced or complained: nothing goes to them until they confirm a new subscription. */
    SUPPRESSED
}

package org.paperboy.deliver;

import java.util.Objects;

/**
 * Who a list's mails come from and how readers can leave it.
 *
 * @param listId            the List-Id of the daily digests, e.g. {@code daily.paperboy.example.org}
 * @param unsubscribeMailto an address for mailto unsubscribes; blank means the https link only
 * @param bounceAddress     the envelope sender (Return-Path) bounces go to; blank means the From address
 * @param weeklyListId      the List-Id of the weekly issues, so that readers can filter the two apart; blank
 *                          means {@code listId}
 */
public record MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto, String bounceAddress,
        String weeklyListId) {
    public MailingList {
        Objects.requireNonNull(fromAddress, "fromAddress");
        fromName = fromName == null ? "" : fromName;
        Objects.requireNonNull(listId, "listId");
        unsubscribeMailto = unsubscribeMailto == null ? "" : unsubscribeMailto.strip();
        bounceAddress = bounceAddress == null ? "" : bounceAddress.strip();
        weeklyListId = weeklyListId == null ? "" : weeklyListId.strip();
    }

    public MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto, String bounceAddress) {
        this(fromAddress, fromName, listId, unsubscribeMailto, bounceAddress, "");
    }

    public MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto) {
        this(fromAddress, fromName, listId, unsubscribeMailto, "");
    }

    /** The list an issue of this kind (daily, weekly-1, ...) goes out on: the weekly issues have their own List-Id. */
    public MailingList forKind(String kind) {
        return kind.startsWith("weekly") && !weeklyListId.isEmpty()
                ? new MailingList(fromAddress, fromName, weeklyListId, unsubscribeMailto, bounceAddress, weeklyListId)
                : this;
    }

    /** The envelope sender of every message. */
    public String envelopeSender() {
        return bounceAddress.isEmpty() ? fromAddress : bounceAddress;
    }
}

package org.paperboy.deliver;

import java.util.Objects;

/**
 * Who a list's mails come from and how readers can leave it.
 *
 * @param listId            the List-Id, e.g. {@code daily.paperboy.example.org}
 * @param unsubscribeMailto an address for mailto unsubscribes; blank means the https link only
 * @param bounceAddress     the envelope sender (Return-Path) bounces go to; blank means the From address
 */
public record MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto, String bounceAddress) {
    public MailingList {
        Objects.requireNonNull(fromAddress, "fromAddress");
        fromName = fromName == null ? "" : fromName;
        Objects.requireNonNull(listId, "listId");
        unsubscribeMailto = unsubscribeMailto == null ? "" : unsubscribeMailto.strip();
        bounceAddress = bounceAddress == null ? "" : bounceAddress.strip();
    }

    public MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto) {
        this(fromAddress, fromName, listId, unsubscribeMailto, "");
    }

    /** The envelope sender of every message. */
    public String envelopeSender() {
        return bounceAddress.isEmpty() ? fromAddress : bounceAddress;
    }
}

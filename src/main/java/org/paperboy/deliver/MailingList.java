package org.paperboy.deliver;

import java.util.Objects;

/**
 * Who a list's mails come from and how readers can leave it.
 *
 * @param listId            the List-Id, e.g. {@code daily.paperboy.example.org}
 * @param unsubscribeMailto an address for mailto unsubscribes; blank means the https link only
 */
public record MailingList(String fromAddress, String fromName, String listId, String unsubscribeMailto) {
    public MailingList {
        Objects.requireNonNull(fromAddress, "fromAddress");
        fromName = fromName == null ? "" : fromName;
        Objects.requireNonNull(listId, "listId");
        unsubscribeMailto = unsubscribeMailto == null ? "" : unsubscribeMailto.strip();
    }
}

package org.paperboy.deliver;

/** Test mails addressed to a made-up list. */
final class Mails {

    static final MailingList LIST = new MailingList(
            "digest@paperboy.example.org", "Paperboy Digest", "daily.paperboy.example.org", "unsubscribe@paperboy.example.org");

    private Mails() {
    }

    static OutgoingMail to(String address) {
        return to(address, "Your arXiv digest — 3 papers");
    }

    static OutgoingMail to(String address, String subject) {
        return new OutgoingMail(LIST, address, subject,
                "<html><body><h1>Today</h1><p>Attention für alle — “naïve” transformers</p></body></html>",
                "Today\n\nAttention für alle — “naïve” transformers\n",
                "daily-42-" + address.hashCode() + "@paperboy.example.org",
                "https://paperboy.example.org/unsubscribe/tok3n");
    }

    static QueuedMail queued(long deliveryId, String address) {
        return new QueuedMail(deliveryId, 42, deliveryId * 10, address, "Digest for " + address,
                "<p>Hello " + address + "</p>", "Hello " + address, "d" + deliveryId + "@paperboy.example.org",
                "https://paperboy.example.org/unsubscribe/t" + deliveryId, 0);
    }
}

package org.paperboy.deliver;

/** Sends mails, one at a time, over whatever connection it keeps. */
public interface Mailer extends AutoCloseable {

    SendResult send(OutgoingMail mail);

    @Override
    void close();
}

package org.paperboy.deliver;

/** A mail that must not be sent as it stands: a bad address or a header that would break the message. */
final class InvalidMailException extends IllegalArgumentException {
    InvalidMailException(String message) {
        super(message);
    }

    InvalidMailException(String message, Throwable cause) {
        super(message, cause);
    }
}

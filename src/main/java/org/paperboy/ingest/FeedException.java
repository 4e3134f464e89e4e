package org.paperboy.ingest;

/** A listing could not be read or is not what arXiv sends. Nothing of it was stored. */
public final class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}

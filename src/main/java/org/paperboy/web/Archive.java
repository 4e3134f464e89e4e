package org.paperboy.web;

import java.util.Optional;

/** Issues to show on the web, as whole documents ready to serve. */
public interface Archive {

    /** The page listing every public weekly issue, newest first. */
    String index();

    /** A public weekly issue's page, with links to the previous and next ones. */
    Optional<String> weekly(String kind, String week);

    /** An Atom feed (RFC 4287) of the public weekly issues. */
    String atom();

    /** The front page: what the service is, the sign-up link and the newest weekly issues. */
    default String home() {
        return index();
    }

    /** The reader's own issue of that kind and date (a daily digest, say). */
    Optional<String> readerIssue(long subscriberId, String kind, String date);

    Archive NONE = new Archive() {
        @Override
        public String index() {
            return "";
        }

        @Override
        public Optional<String> weekly(String kind, String week) {
            return Optional.empty();
        }

        @Override
        public String atom() {
            return "";
        }

        @Override
        public Optional<String> readerIssue(long subscriberId, String kind, String date) {
            return Optional.empty();
        }
    };
}

package org.paperboy.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Joining the list from the web. */
public interface SignUps {

    /**
     * What became of a sign-up.
     *
     * @param problems what is wrong with the form; empty when it was accepted
     * @param tooMany  accepted, but the address's inbox had its allowance of mails: nothing was sent
     */
    record Answer(List<String> problems, boolean tooMany) {
        public Answer {
            problems = List.copyOf(problems);
        }
    }

    /** Takes the sign-up form: a confirmation mail is on its way unless the answer says otherwise. */
    Answer subscribe(Map<String, String> form);

    /**
     * Confirms a sign-up attempt; the address when its subscriber is active afterwards, empty for a link
     * that is not (or no longer) the way in: older than a newer attempt, used, or unknown.
     */
    Optional<String> confirm(long attemptId);

    /** The reader's profile in the form's fields (with "email"), or empty when there is no such subscriber. */
    Optional<Map<String, String>> preferences(long subscriberId);

    /** Saves the reader's edited profile; what is wrong with it (empty: saved). */
    List<String> update(long subscriberId, Map<String, String> form);

    SignUps NONE = new SignUps() {
        @Override
        public Answer subscribe(Map<String, String> form) {
            return new Answer(List.of("Subscribing on the web is not enabled here."), false);
        }

        @Override
        public Optional<String> confirm(long attemptId) {
            return Optional.empty();
        }

        @Override
        public Optional<Map<String, String>> preferences(long subscriberId) {
            return Optional.empty();
        }

        @Override
        public List<String> update(long subscriberId, Map<String, String> form) {
            return List.of("Editing preferences on the web is not enabled here.");
        }
    };
}

package org.paperboy.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Joining the list from the web. */
public interface SignUps {

    /** What is wrong with the sign-up form (empty: it is accepted and the mail is on its way). */
    List<String> subscribe(Map<String, String> form);

    /** Confirms the subscription; the address, or empty when there is no such subscriber. */
    Optional<String> confirm(long subscriberId);

    /** The reader's profile in the form's fields (with "email"), or empty when there is no such subscriber. */
    Optional<Map<String, String>> preferences(long subscriberId);

    /** Saves the reader's edited profile; what is wrong with it (empty: saved). */
    List<String> update(long subscriberId, Map<String, String> form);

    SignUps NONE = new SignUps() {
        @Override
        public List<String> subscribe(Map<String, String> form) {
            return List.of("Subscribing on the web is not enabled here.");
        }

        @Override
        public Optional<String> confirm(long subscriberId) {
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

package org.paperboy.issue;

import java.util.Optional;

/** A chat model that answers with a JSON object; empty when it could not answer (the caller falls back). */
public interface LanguageModel {

    Optional<String> completeJson(String system, String user);
}

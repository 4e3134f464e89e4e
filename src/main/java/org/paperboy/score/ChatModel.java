package org.paperboy.score;

/**
 * A chat model that answers in plain text (the judge asks for JSON lines, which is no JSON object), and
 * says what each answer cost in tokens. Failures are values: the judge falls back to the base scores.
 */
public interface ChatModel {

    /** The model's name, as the endpoint knows it; part of every cached judgement's key. */
    String name();

    Reply ask(String system, String user);

    /** What came of one request. */
    sealed interface Reply permits Answer, Refused, Unavailable {
    }

    /** The completion's text ("" when it had none) and the tokens the endpoint counted for it. */
    record Answer(String text, long promptTokens, long completionTokens) implements Reply {
        public Answer {
            text = text == null ? "" : text;
        }
    }

    /** A 4xx other than 429: retrying the same request would not help. */
    record Refused(int status, String detail) implements Reply {
    }

    /** Unreachable, or 429/5xx until the retries ran out. */
    record Unavailable(String detail) implements Reply {
    }
}

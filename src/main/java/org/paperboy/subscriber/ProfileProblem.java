package org.paperboy.subscriber;

/** One thing wrong with a profile file, where it is and why. Line and column are 1-based (0 = unknown). */
public record ProfileProblem(String file, int line, int column, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason;
    }
}

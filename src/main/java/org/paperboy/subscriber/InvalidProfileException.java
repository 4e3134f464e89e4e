package org.paperboy.subscriber;

import java.util.List;
import java.util.stream.Collectors;

/** One or more profile files are invalid; nothing of them was imported. */
public final class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n  ",
                "invalid subscriber profile" + (problems.size() > 1 ? "s" : "") + " (see subscribers/README.md):\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}

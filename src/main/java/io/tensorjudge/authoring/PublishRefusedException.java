package io.tensorjudge.authoring;

import java.util.List;

/** Publishing was refused; each problem is a sentence naming the file (e.g. the mutant that passed). */
public class PublishRefusedException extends RuntimeException {

    private final List<String> problems;

    public PublishRefusedException(List<String> problems) {
        super("Publishing is blocked: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

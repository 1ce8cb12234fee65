package io.tensorjudge.bank;

/** No active question has this id. */
public class QuestionNotFoundException extends RuntimeException {

    public QuestionNotFoundException(String id) {
        super("No question with id '" + id + "'.");
    }
}

package io.tensorjudge.assessment;

/** A new invite: the attempt and its token, which exists only here and in the link shown once to the interviewer. */
public record Invitation(long attemptId, String candidateName, String candidateEmail, String token) {

    public String link() {
        return "/take/" + token;
    }
}

package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.Invitation;

/** A new invite; {@code link} holds the token, shown this once (only its hash is stored). */
public record InviteView(long attemptId, String name, String email, String link) {

    public record InviteRequest(String name, String email) {
    }

    static InviteView of(Invitation invitation, String baseUri) {
        return new InviteView(invitation.attemptId(), invitation.candidateName(),
                invitation.candidateEmail(), baseUri + invitation.link().substring(1));
    }
}

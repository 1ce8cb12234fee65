package io.tensorjudge.web.staff.assessment;

import io.tensorjudge.assessment.Invitation;

/**
 * A new invite; {@code link} holds the token, shown this once (only its hash is stored). {@code emailed}: the link
 * was also sent to the candidate (only when SMTP is configured).
 */
public record InviteView(long attemptId, String name, String email, String link, boolean emailed) {

    public record InviteRequest(String name, String email) {
    }

    static InviteView of(Invitation invitation, String baseUri, boolean emailed) {
        return new InviteView(invitation.attemptId(), invitation.candidateName(),
                invitation.candidateEmail(), baseUri + invitation.link().substring(1), emailed);
    }
}

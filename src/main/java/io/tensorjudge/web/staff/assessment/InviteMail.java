package io.tensorjudge.web.staff.assessment;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.tensorjudge.assessment.AssessmentSummary;
import io.tensorjudge.assessment.Invitation;
import io.tensorjudge.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * E-mails an invite link when SMTP is configured ({@code quarkus.mailer.from} set, with the server's
 * {@code quarkus.mailer.host}, ...). Without it nothing is sent and the interviewer copies the link, as always.
 */
@ApplicationScoped
class InviteMail {

    private static final Logger LOG = Logger.getLogger(InviteMail.class);

    private final Mailer mailer;
    private final Optional<String> from;

    InviteMail(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.from") Optional<String> from) {
        this.mailer = mailer;
        this.from = from;
    }

    /** In the assessment's language, or the interviewer's when the candidate's browser decides the pages'. */
    boolean send(Invitation invitation, String link, AssessmentSummary assessment, Lang interviewers) {
        return send(invitation, link, assessment.title(),
                assessment.language() == null ? interviewers : Lang.of(assessment.language()));
    }

    /**
     * Sends {@code link} to the candidate in {@code lang}; false when mail is not configured or the server refused
     * it (the link is shown to copy either way, so a failed mail loses nothing).
     */
    boolean send(Invitation invitation, String link, String assessmentTitle, Lang lang) {
        if (from.isEmpty() || from.get().isBlank()) {
            return false;
        }
        InterviewerPreviewMessages text = MessageBundles.get(InterviewerPreviewMessages.class,
                Localized.Literal.of(lang.name()));
        try {
            mailer.send(Mail.withText(invitation.candidateEmail(), text.mail_subject(assessmentTitle),
                    text.mail_body(invitation.candidateName(), assessmentTitle, link)));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Invite %d: the e-mail could not be sent (%s); the link is shown to copy", invitation.attemptId(),
                    e.getMessage());
            return false;
        }
    }
}

package org.smenet.consultation.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.consultation.domain.Answer;
import org.smenet.consultation.domain.Comment;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.events.ConsultationOutbox;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Submissions: one per organisation and consultation, editable until closing, moderated by the opening focal point. */
@Service
public class SubmissionService {

    private final SubmissionStore submissions;
    private final ConsultationService consultations;
    private final ConsultationAccess access;
    private final ConsultationOutbox outbox;
    private final HostedEconomies hosted;
    private final SummaryService summaries;
    private final Clock clock;

    public SubmissionService(SubmissionStore submissions, ConsultationService consultations, ConsultationAccess access,
            ConsultationOutbox outbox, HostedEconomies hosted, SummaryService summaries, Clock clock) {
        this.summaries = summaries;
        this.submissions = submissions;
        this.consultations = consultations;
        this.access = access;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    public Submission submit(Actor actor, String consultationId, SubmissionRequest request) {
        hosted.requireHosted(actor);
        Consultation consultation = consultations.visible(actor, consultationId);
        Submission.Respondent respondent = access.respondent(actor);
        if (submissions.byRespondent(consultationId, actor.org()).isPresent()) {
            throw alreadySubmitted(actor, consultationId);
        }
        Submission submission = Submission.make(UUID.randomUUID().toString(), consultation, respondent,
                answers(request), comments(request), request.isConfidential(), clock.instant());
        summaries.beforeWrite(submission);
        try {
            submissions.insert(submission, outbox.submission(ConsultationEvents.SUBMISSION_SUBMITTED, submission));
        } catch (DuplicateKeyException raced) {
            throw alreadySubmitted(actor, consultationId);
        }
        summaries.afterWrite(consultation, submission);
        return submission;
    }

    public Submission edit(Actor actor, String consultationId, String id, IfMatch ifMatch, SubmissionRequest request) {
        hosted.requireHosted(actor);
        Consultation consultation = consultations.visible(actor, consultationId);
        Submission current = readable(actor, consultation, id);
        if (!current.respondentOrg().equals(actor.org()) || !current.respondentEconomy().equals(actor.economy())) {
            throw RuleViolation.forbidden("Only the organisation that made a submission edits it");
        }
        if (current.origin() != null) {
            throw RuleViolation.conflict("edit-through-home-node", "id", "Submission " + id + " came from "
                    + current.origin().economy() + "'s node; it is edited there and arrives as a new request");
        }
        ifMatch.check("Submission", id, current.version());
        Submission changed = current.edit(consultation, answers(request), comments(request), request.isConfidential(),
                clock.instant());
        summaries.beforeWrite(changed);
        submissions.update(changed, outbox.submission(ConsultationEvents.SUBMISSION_UPDATED, changed));
        summaries.afterWrite(consultation, changed);
        return changed;
    }

    /** Moderation: the opening focal point hides a submission with a reason; it is never deleted. */
    public Submission hide(Actor actor, String consultationId, String id, String reason) {
        Consultation consultation = consultations.visible(actor, consultationId);
        access.requireOpeningFocalPoint(actor, consultation);
        Submission current = find(consultation, id);
        Submission changed = current.hide(actor.org(), reason.strip(), clock.instant());
        summaries.beforeWrite(changed);
        submissions.update(changed, outbox.hidden(changed));
        summaries.afterWrite(consultation, changed);
        return changed;
    }

    public Submission get(Actor actor, String consultationId, String id) {
        return readable(actor, consultations.visible(actor, consultationId), id);
    }

    /** The opening focal point sees every submission; others the public visible ones and their own. */
    public Page<Submission> list(Actor actor, String consultationId, Pageable page) {
        Consultation consultation = consultations.visible(actor, consultationId);
        return submissions.page(consultationId, access.isOpeningFocalPoint(actor, consultation), actor.org(), page);
    }

    private Submission readable(Actor actor, Consultation consultation, String id) {
        Submission submission = find(consultation, id);
        if (!access.canRead(actor, consultation, submission)) {
            throw RuleViolation.notFound("Submission", id);
        }
        return submission;
    }

    private Submission find(Consultation consultation, String id) {
        return submissions.find(id).filter(s -> s.consultationId().equals(consultation.id()))
                .orElseThrow(() -> RuleViolation.notFound("Submission", id));
    }

    private static RuleViolation alreadySubmitted(Actor actor, String consultationId) {
        return new RuleViolation("already-submitted", HttpStatus.CONFLICT, "respondentOrg", "Organisation "
                + actor.org() + " already responded to consultation " + consultationId + "; edit that submission");
    }

    private static List<Answer> answers(SubmissionRequest request) {
        return request.answers().stream().map(a -> new Answer(a.questionId(), a.text(),
                a.choices() == null ? null : List.copyOf(a.choices()), a.scale())).toList();
    }

    private static List<Comment> comments(SubmissionRequest request) {
        return request.comments() == null ? List.of()
                : request.comments().stream().map(c -> new Comment(c.section(), c.text())).toList();
    }
}

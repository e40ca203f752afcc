package org.smenet.consultation.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smenet.consultation.domain.Answer;
import org.smenet.consultation.domain.Comment;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.InvalidInput;
import org.smenet.consultation.domain.LifecycleViolation;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.events.ConsultationOutbox;
import org.smenet.consultation.store.ConsultationStore;
import org.smenet.consultation.store.RequestRejections;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.SubmissionRequested;
import org.smenet.kit.events.PendingEvent;
import org.smenet.kit.node.HostedEconomies;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Applies cross-border submission requests addressed to this node's consultations, as the consultation's
 * own rules decide: one submission per organisation and consultation (its id derived from the request, so
 * every version of a request lands on the same submission), a newer version replaces the answers, nothing
 * after closing, never a hidden one. Each outcome and its public answer are one write: the submission
 * (accepted) or the request's rejection record (rejected). A version already decided changes nothing.
 */
@Service
public class RequestedSubmissions {

    private final ConsultationStore consultations;
    private final SubmissionStore submissions;
    private final RequestRejections rejections;
    private final ConsultationOutbox outbox;
    private final HostedEconomies hosted;
    private final SummaryService summaries;
    private final Clock clock;

    public RequestedSubmissions(ConsultationStore consultations, SubmissionStore submissions,
            RequestRejections rejections, ConsultationOutbox outbox, HostedEconomies hosted, SummaryService summaries,
            Clock clock) {
        this.summaries = summaries;
        this.consultations = consultations;
        this.submissions = submissions;
        this.rejections = rejections;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    /** The submission a request becomes here: the same id for every version of the request. */
    public static String submissionId(String economy, String requestId) {
        return UUID.nameUUIDFromBytes(("request|" + economy + "|" + requestId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Applies {@code request} (version {@code event.sequence()}); false when it was not for us or already decided. */
    public boolean apply(EventEnvelope event, SubmissionRequested request) {
        if (!hosted.hosts(request.targetEconomy())) {
            return false; // addressed to another node's economy
        }
        long sequence = event.sequence();
        String key = RequestRejections.key(request.economy(), request.requestId());
        String id = submissionId(request.economy(), request.requestId());
        for (int attempt = 0; attempt < 20; attempt++) {
            if (rejections.refusedSequence(key) >= sequence) {
                return false;
            }
            Submission existing = submissions.find(id).orElse(null);
            if (existing != null && existing.origin() != null && existing.origin().sequence() >= sequence) {
                return false;
            }
            Consultation consultation = consultations.find(request.consultationId())
                    .filter(c -> c.economy().equals(request.targetEconomy())).orElse(null);
            if (consultation == null) {
                return reject(event, request, key, "unknown-consultation", "No consultation "
                        + request.consultationId() + " of " + request.targetEconomy() + " here");
            }
            Submission.Origin origin = new Submission.Origin(request.economy(), request.requestId(), sequence);
            Submission changed;
            try {
                changed = existing == null
                        ? Submission.make(id, consultation, respondent(request), answers(request), comments(request),
                                false, clock.instant()).from(origin)
                        : existing.edit(consultation, answers(request), comments(request), false, clock.instant())
                                .from(origin);
            } catch (LifecycleViolation violation) {
                return reject(event, request, key, violation.kind(), violation.getMessage());
            } catch (InvalidInput invalid) {
                return reject(event, request, key, "invalid-answers", invalid.field() + ": " + invalid.getMessage());
            }
            List<PendingEvent> events = new ArrayList<>(outbox.submission(existing == null
                    ? ConsultationEvents.SUBMISSION_SUBMITTED : ConsultationEvents.SUBMISSION_UPDATED, changed));
            events.add(outbox.answer(consultation.economy(), event.id(), request, sequence, id, null, null));
            summaries.beforeWrite(changed);
            try {
                if (existing == null) {
                    submissions.insert(changed, events);
                } else {
                    submissions.update(changed, events);
                }
                summaries.afterWrite(consultation, changed);
                return true;
            } catch (DuplicateKeyException clash) {
                if (submissions.find(id).isEmpty()) {
                    return reject(event, request, key, "already-submitted", "Organisation " + request.respondentOrg()
                            + " already responded to consultation " + request.consultationId());
                }
                // the same request applied meanwhile: decide again on what is stored
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // moderated or replaced meanwhile: decide again
            }
        }
        throw new IllegalStateException("request " + key + " kept racing; retried by the listener");
    }

    private boolean reject(EventEnvelope event, SubmissionRequested request, String key, String reason,
            String detail) {
        String consultationEconomy = request.targetEconomy();
        return rejections.reject(key, event.sequence(), reason, detail,
                outbox.answer(consultationEconomy, event.id(), request, event.sequence(), null, reason, detail));
    }

    private static Submission.Respondent respondent(SubmissionRequested r) {
        return new Submission.Respondent(r.respondentOrg(), r.economy(), r.respondentKind(), r.sector(), r.size());
    }

    private static List<Answer> answers(SubmissionRequested r) {
        return r.answers() == null ? List.of() : r.answers().stream()
                .map(a -> new Answer(a.questionId(), a.text(), a.choices(), a.scale())).toList();
    }

    private static List<Comment> comments(SubmissionRequested r) {
        return r.comments() == null ? List.of() : r.comments().stream()
                .map(c -> new Comment(c.section(), c.text())).toList();
    }
}

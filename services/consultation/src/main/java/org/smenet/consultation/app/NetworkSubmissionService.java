package org.smenet.consultation.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.consultation.domain.Answer;
import org.smenet.consultation.domain.Comment;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.NetworkSubmission;
import org.smenet.consultation.domain.Question;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.consultation.domain.Section;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.events.ConsultationOutbox;
import org.smenet.consultation.store.NetworkConsultations;
import org.smenet.consultation.store.NetworkSubmissionStore;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.web.IfMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Submissions of this node's respondents to consultations of other economies, through events (the nodes
 * never call each other): checked here against the consultation as its public event describes it, then
 * published as a request that the consultation's node applies and answers.
 */
@Service
public class NetworkSubmissionService {

    private final NetworkConsultations network;
    private final NetworkSubmissionStore requests;
    private final ConsultationAccess access;
    private final ConsultationOutbox outbox;
    private final HostedEconomies hosted;
    private final Clock clock;

    public NetworkSubmissionService(NetworkConsultations network, NetworkSubmissionStore requests,
            ConsultationAccess access, ConsultationOutbox outbox, HostedEconomies hosted, Clock clock) {
        this.network = network;
        this.requests = requests;
        this.access = access;
        this.outbox = outbox;
        this.hosted = hosted;
        this.clock = clock;
    }

    public Page<NetworkConsultations.Entry> consultations(ConsultationStatus status, String economy, Pageable page) {
        return network.list(economy, status, page);
    }

    public NetworkConsultations.Entry consultation(String id) {
        return network.find(id).orElseThrow(() -> RuleViolation.notFound("Consultation", id));
    }

    public NetworkSubmission submit(Actor actor, String consultationId, SubmissionRequest request) {
        hosted.requireHosted(actor);
        Consultation consultation = asConsultation(consultation(consultationId).consultation());
        Submission.Respondent respondent = access.respondent(actor);
        if (requests.byRespondent(consultationId, actor.org()).isPresent()) {
            throw alreadySubmitted(actor, consultationId);
        }
        NetworkSubmission made = NetworkSubmission.request(UUID.randomUUID().toString(), consultation, respondent,
                answers(request), comments(request), request.isConfidential(), clock.instant());
        try {
            requests.insert(made, outbox.requested(made));
        } catch (DuplicateKeyException raced) {
            throw alreadySubmitted(actor, consultationId);
        }
        return made;
    }

    public NetworkSubmission edit(Actor actor, String consultationId, String id, IfMatch ifMatch,
            SubmissionRequest request) {
        hosted.requireHosted(actor);
        NetworkSubmission current = own(actor, consultationId, id);
        ifMatch.check("Submission", id, current.version());
        Consultation consultation = asConsultation(consultation(consultationId).consultation());
        NetworkSubmission changed = current.edit(consultation, answers(request), comments(request),
                request.isConfidential(), clock.instant());
        requests.update(changed, outbox.requested(changed));
        return changed;
    }

    /** Only the organisation that made it reads it here (the consultation's node has its own rules). */
    public NetworkSubmission own(Actor actor, String consultationId, String id) {
        return requests.find(id)
                .filter(r -> r.consultationId().equals(consultationId) && r.respondentOrg().equals(actor.org())
                        && r.economy().equals(actor.economy()))
                .orElseThrow(() -> RuleViolation.notFound("Submission", id));
    }

    /** The consultation as the network knows it, in the domain's terms, so the same answer rules apply. */
    static Consultation asConsultation(PublicConsultation p) {
        List<Section> sections = p.sections() == null ? List.of()
                : p.sections().stream().map(s -> new Section(s.number(), s.heading(), null)).toList();
        List<Question> questions = p.questions() == null ? List.of()
                : p.questions().stream().map(q -> new Question(q.id(), QuestionKind.valueOf(q.kind()), q.text(),
                        q.options() == null ? List.of() : q.options())).toList();
        return new Consultation(p.consultationId(), 0, p.economy(), null, p.title(), p.summary(), p.policyArea(),
                p.hsCodes(), p.isicCodes(), p.economiesConcerned(), sections, questions, Audience.NETWORK,
                p.opensAt(), p.closesAt(), p.status(), null, p.outcome(), null, null);
    }

    private static RuleViolation alreadySubmitted(Actor actor, String consultationId) {
        return new RuleViolation("already-submitted", HttpStatus.CONFLICT, "respondentOrg", "Organisation "
                + actor.org() + " already responded to consultation " + consultationId + "; edit that submission");
    }

    static List<Answer> answers(SubmissionRequest request) {
        return request.answers().stream().map(a -> new Answer(a.questionId(), a.text(),
                a.choices() == null ? null : List.copyOf(a.choices()), a.scale())).toList();
    }

    static List<Comment> comments(SubmissionRequest request) {
        return request.comments() == null ? List.of()
                : request.comments().stream().map(c -> new Comment(c.section(), c.text())).toList();
    }
}

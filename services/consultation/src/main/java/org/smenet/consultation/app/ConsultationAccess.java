package org.smenet.consultation.app;

import java.util.List;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Submission;
import org.smenet.consultation.store.EnterpriseDirectory;
import org.smenet.contracts.consultation.ConsultationStatus;
import org.smenet.contracts.consultation.RespondentKind;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.authority.Designation;
import org.smenet.kit.authority.Designations;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with consultations. A consultation is opened by a <em>government</em> focal point:
 * a designated, unrevoked focal point of the economy whose designation is of kind
 * {@code GOVERNMENT_AGENCY} and carries the function {@code INFORMATION_DISSEMINATION} (consulting
 * businesses on policy is disseminating it). The organisation that drafted a consultation is its
 * <em>opening focal point</em>: only it opens, moderates, summarises and publishes it, and only while
 * its designation stands. Respondents are SMEs (token role {@code SME}: an enterprise when the registry
 * knows one it owns, else a business association) and chambers (focal points of kind {@code APEX_CHAMBER}).
 */
@Component
public class ConsultationAccess {

    public static final FocalPointFunction FUNCTION = FocalPointFunction.INFORMATION_DISSEMINATION;

    private final Authority authority;
    private final Designations designations;
    private final HostedEconomies hosted;
    private final EnterpriseDirectory enterprises;

    public ConsultationAccess(Authority authority, Designations designations, HostedEconomies hosted,
            EnterpriseDirectory enterprises) {
        this.authority = authority;
        this.designations = designations;
        this.hosted = hosted;
        this.enterprises = enterprises;
    }

    /** The actor acts for a standing government focal point of {@code economy}, or a 403 says why not. */
    public void requireGovernmentFocalPoint(Actor actor, String economy) {
        hosted.requireHosted(actor);
        Designation designation = authority.requireFocalPoint(actor, economy, FUNCTION);
        if (!isGovernment(designation) && !isGovernmentFocalPoint(actor, economy)) {
            throw new RuleViolation("not-a-government-focal-point", HttpStatus.FORBIDDEN, null, "Organisation "
                    + actor.org() + " is a focal point of " + economy + " of kind " + designation.kind()
                    + "; consultations are opened by government focal points (GOVERNMENT_AGENCY)");
        }
    }

    public boolean isGovernmentFocalPoint(Actor actor, String economy) {
        if (!authority.isFocalPoint(actor, economy, FUNCTION)) {
            return false;
        }
        return designations.active(economy, actor.org()).stream().anyMatch(d -> isGovernment(d) && d.has(FUNCTION.name()));
    }

    /** Only the focal point that drafted the consultation steers it (and moderates its submissions). */
    public void requireOpeningFocalPoint(Actor actor, Consultation consultation) {
        requireGovernmentFocalPoint(actor, consultation.economy());
        if (!consultation.openingOrg().equals(actor.org())) {
            throw new RuleViolation("not-the-opening-focal-point", HttpStatus.FORBIDDEN, null, "Consultation "
                    + consultation.id() + " is steered by the focal point that opened it, " + consultation.openingOrg());
        }
    }

    public boolean isOpeningFocalPoint(Actor actor, Consultation consultation) {
        return consultation.openingOrg().equals(actor.org()) && isGovernmentFocalPoint(actor, consultation.economy());
    }

    /** Drafts: the government focal points of its economy; later: its economy, or everyone if network-wide. */
    public boolean canSee(Actor actor, Consultation consultation) {
        if (consultation.status() == ConsultationStatus.DRAFT) {
            return isGovernmentFocalPoint(actor, consultation.economy());
        }
        return consultation.mayRespondFrom(actor.economy());
    }

    /** What kind of respondent the actor is, with its sector and size from the enterprise read model. */
    public Submission.Respondent respondent(Actor actor) {
        hosted.requireHosted(actor);
        if (actor.org() == null) {
            throw RuleViolation.forbidden("The token names no organisation; submissions are one per organisation");
        }
        boolean chamber = actor.has(Role.FOCAL_POINT) && designations.active(actor.economy(), actor.org()).stream()
                .anyMatch(d -> FocalPointKind.APEX_CHAMBER.name().equals(d.kind()));
        if (chamber) {
            return new Submission.Respondent(actor.org(), actor.economy(), RespondentKind.CHAMBER, null, null);
        }
        if (!actor.has(Role.SME)) {
            throw new RuleViolation("not-a-respondent", HttpStatus.FORBIDDEN, null,
                    "Submissions are made by enterprises, business associations (role SME) and chambers");
        }
        return enterprises.ownedBy(actor.economy(), actor.org())
                .map(e -> new Submission.Respondent(actor.org(), actor.economy(), RespondentKind.ENTERPRISE,
                        e.sector(), e.sizeClass()))
                .orElseGet(() -> new Submission.Respondent(actor.org(), actor.economy(),
                        RespondentKind.BUSINESS_ASSOCIATION, null, null));
    }

    /** A submission's content leaves the service only to its author and to the opening focal point. */
    public boolean canRead(Actor actor, Consultation consultation, Submission submission) {
        if (submission.respondentOrg().equals(actor.org()) && submission.respondentEconomy().equals(actor.economy())) {
            return true;
        }
        if (isOpeningFocalPoint(actor, consultation)) {
            return true;
        }
        return !submission.confidential() && !submission.hidden();
    }

    private static boolean isGovernment(Designation designation) {
        return FocalPointKind.GOVERNMENT_AGENCY.name().equals(designation.kind())
                && designation.has(FUNCTION.name());
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

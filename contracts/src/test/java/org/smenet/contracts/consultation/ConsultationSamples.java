package org.smenet.contracts.consultation;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.EventType;

/**
 * Realistic data for every consultation event type: Chile's customs service consulting the network on
 * a single-window reform for fresh fruit exports ({@link #full}), and a Peruvian draft with every
 * optional field null ({@link #minimal}).
 */
public final class ConsultationSamples {

    public static final String CONSULTATION_ID = "con-cl-single-window-2026";
    public static final String SUBMISSION_ID = "sub-01JA2B3C4D5E6F7G";
    public static final String GROUP_ID = "exg-cl-fresh-fruit";
    private static final Instant AT = Instant.parse("2026-03-14T08:30:15.123Z");
    private static final Instant CLOSES = Instant.parse("2026-04-30T23:59:59Z");

    private ConsultationSamples() {
    }

    public static <T> T full(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "ConsultationChanged" -> new ConsultationChanged(CONSULTATION_ID, "CL", status(type),
                    "Single window for fresh fruit exports: electronic phytosanitary certificates",
                    PolicyArea.TRADE_FACILITATION, Audience.NETWORK, List.of("0806", "080810"), List.of("0121", "A"),
                    List.of("CL", "PE", "CN"), "org-cl-aduanas", AT.minusSeconds(3600), CLOSES, AT);
            case "AffectedEnterprisesIdentified" -> new AffectedEnterprisesIdentified(CONSULTATION_ID, "CL",
                    List.of(new AffectedEnterprise("ent-cl-0001", "CL", "org-cl-frutas-del-maule"),
                            new AffectedEnterprise("ent-pe-0042", "PE", "org-pe-agro-ica")), AT);
            case "PublicConsultation" -> new PublicConsultation(CONSULTATION_ID, "CL", ConsultationStatus.PUBLISHED,
                    "Single window for fresh fruit exports: electronic phytosanitary certificates",
                    "Chile's customs and agriculture services propose to accept only electronic certificates.",
                    PolicyArea.TRADE_FACILITATION, List.of("0806"), List.of("0121"), List.of("CL", "CN"),
                    AT.minusSeconds(3600), CLOSES, "Electronic certificates from 2027, with a paper fallback for micro exporters.", AT,
                    List.of(new PublicConsultation.Section(1, "Scope"), new PublicConsultation.Section(2, "Transition")),
                    List.of(new PublicConsultation.Question("q1", "SINGLE_CHOICE", "Do you support the reform?",
                                    List.of("YES", "NO", "UNSURE")),
                            new PublicConsultation.Question("q2", "AGREEMENT_SCALE", "Two years of transition suffice.",
                                    null)));
            case "SubmissionRequested" -> new SubmissionRequested("req-th-01JA9", "TH", "CL", CONSULTATION_ID,
                    "org-th-chamber-bangkok", RespondentKind.CHAMBER, null, null,
                    List.of(new SubmissionRequested.RequestedAnswer("q1", null, List.of("YES"), null),
                            new SubmissionRequested.RequestedAnswer("q2", null, null, 4),
                            new SubmissionRequested.RequestedAnswer("q3", "Thai exporters need an English ePhyto.",
                                    null, null)),
                    List.of(new SubmissionRequested.RequestedComment(2, "Two seasons of paper fallback, please.")), AT);
            case "SubmissionRequestAnswered" -> new SubmissionRequestAnswered("req-th-01JA9", "CL", "TH", 2,
                    "6f1d2c3b-4a5e-4f60-8b71-9c0d1e2f3a4b", CONSULTATION_ID, "org-th-chamber-bangkok",
                    SubmissionRequestAnswered.ACCEPTED, SUBMISSION_ID, null, null, AT);
            case "SubmissionChanged" -> new SubmissionChanged(SUBMISSION_ID, "PE", CONSULTATION_ID, "org-pe-agro-ica",
                    RespondentKind.ENTERPRISE, true, 4, 2, AT);
            case "SubmissionHidden" -> new SubmissionHidden(SUBMISSION_ID, "PE", CONSULTATION_ID, "org-cl-aduanas",
                    "Contains personal data of a customs officer", AT);
            case "ExpertGroupChanged" -> new ExpertGroupChanged(GROUP_ID, "CL", "Fresh fruit exports", "0121",
                    List.of("org-cl-expert-1", "org-cl-expert-2"), AT);
            case "ReviewNoted" -> new ReviewNoted(GROUP_ID, "CL", CONSULTATION_ID, "org-cl-expert-1",
                    "Micro exporters need a paper fallback for two seasons.", AT);
            default -> throw new IllegalArgumentException("no sample for " + type.dataClass());
        });
    }

    public static <T> T minimal(EventType<T> type) {
        return type.dataClass().cast(switch (type.dataClass().getSimpleName()) {
            case "ConsultationChanged" -> new ConsultationChanged(CONSULTATION_ID, "PE", ConsultationStatus.DRAFT,
                    "Draft", PolicyArea.SPS, Audience.OWN_ECONOMY, null, null, null, "org-pe-senasa", null, CLOSES, AT);
            case "AffectedEnterprisesIdentified" -> new AffectedEnterprisesIdentified(CONSULTATION_ID, "PE",
                    List.of(new AffectedEnterprise("ent-pe-1", "PE", null)), AT);
            case "PublicConsultation" -> new PublicConsultation(CONSULTATION_ID, "PE", ConsultationStatus.OPEN,
                    "Draft", "", PolicyArea.SPS, null, null, null, null, CLOSES, null, AT, null, null);
            case "SubmissionRequested" -> new SubmissionRequested("req-vn-1", "VN", "PE", CONSULTATION_ID,
                    "org-vn-assoc", RespondentKind.BUSINESS_ASSOCIATION, null, null, List.of(), null, AT);
            case "SubmissionRequestAnswered" -> new SubmissionRequestAnswered("req-vn-1", "PE", "VN", 1, null,
                    CONSULTATION_ID, "org-vn-assoc", SubmissionRequestAnswered.REJECTED, null,
                    "consultation-not-open", null, AT);
            default -> full(type);
        });
    }

    private static ConsultationStatus status(EventType<?> type) {
        String t = type.type();
        if (t.contains(".drafted.") || t.contains(".updated.")) {
            return ConsultationStatus.DRAFT;
        }
        if (t.contains(".opened.")) {
            return ConsultationStatus.OPEN;
        }
        if (t.contains(".closed.")) {
            return ConsultationStatus.CLOSED;
        }
        if (t.contains(".summarised.")) {
            return ConsultationStatus.SUMMARISED;
        }
        return ConsultationStatus.PUBLISHED;
    }
}

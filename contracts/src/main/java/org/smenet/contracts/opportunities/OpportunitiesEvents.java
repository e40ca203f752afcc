package org.smenet.contracts.opportunities;

import java.util.List;
import org.smenet.contracts.EventType;

/** Every event the opportunities service publishes, with its topic and schema. */
public final class OpportunitiesEvents {

    public static final String OPPORTUNITY_TOPIC = "smenet.opportunities.opportunity.v1";
    public static final String INTEREST_TOPIC = "smenet.opportunities.interest.v1";
    /** Compacted, network-public projection of published network-visible opportunities; crosses economies. */
    public static final String PUBLIC_OPPORTUNITY_TOPIC = "smenet.public.opportunities.opportunity.v1";
    /** Public requests of this economy's SMEs for opportunities of other economies; key: request id. */
    public static final String INTEREST_REQUEST_TOPIC = "smenet.public.opportunities.interest-request.v1";
    /** Public answers of this economy to other economies' interest requests; key: request id. */
    public static final String INTEREST_ANSWER_TOPIC = "smenet.public.opportunities.interest-answer.v1";

    public static final EventType<OpportunityChanged> OPPORTUNITY_DRAFTED = opportunity("drafted");
    public static final EventType<OpportunityChanged> OPPORTUNITY_UPDATED = opportunity("updated");
    public static final EventType<OpportunityChanged> OPPORTUNITY_SUBMITTED = opportunity("submitted");
    public static final EventType<OpportunityChanged> OPPORTUNITY_PUBLISHED = opportunity("published");
    public static final EventType<OpportunityChanged> OPPORTUNITY_REJECTED = opportunity("rejected");
    public static final EventType<OpportunityChanged> OPPORTUNITY_CLOSED = opportunity("closed");
    public static final EventType<OpportunityChanged> OPPORTUNITY_EXPIRED = opportunity("expired");
    public static final EventType<OpportunityChanged> OPPORTUNITY_ARCHIVED = opportunity("archived");
    /** The publisher took a submitted opportunity back before review: it is a draft again. */
    public static final EventType<OpportunityChanged> OPPORTUNITY_WITHDRAWN = opportunity("withdrawn");
    /** The publisher threw a draft away: the opportunity's tombstone. */
    public static final EventType<OpportunityDiscarded> OPPORTUNITY_DISCARDED = new EventType<>(
            "org.smenet.opportunities.opportunity.discarded.v1", OPPORTUNITY_TOPIC, OpportunityDiscarded.class,
            "opportunities/opportunity-discarded.v1.json");

    public static final EventType<InterestChanged> INTEREST_EXPRESSED = interest("expressed");
    public static final EventType<InterestChanged> INTEREST_INTRODUCED = interest("introduced");
    public static final EventType<InterestChanged> INTEREST_ACCEPTED = interest("accepted");
    public static final EventType<InterestChanged> INTEREST_DECLINED = interest("declined");
    public static final EventType<InterestChanged> INTEREST_EXPIRED = interest("expired");

    public static final EventType<PublicOpportunity> PUBLIC_OPPORTUNITY_LISTED = new EventType<>(
            "org.smenet.opportunities.opportunity.listed.v1", PUBLIC_OPPORTUNITY_TOPIC, PublicOpportunity.class,
            "opportunities/public-opportunity.v1.json");
    public static final EventType<PublicOpportunityWithdrawn> PUBLIC_OPPORTUNITY_DELISTED = new EventType<>(
            "org.smenet.opportunities.opportunity.delisted.v1", PUBLIC_OPPORTUNITY_TOPIC,
            PublicOpportunityWithdrawn.class, "opportunities/public-opportunity-withdrawn.v1.json");

    public static final EventType<InterestRequested> INTEREST_REQUEST_SENT = new EventType<>(
            "org.smenet.opportunities.interest-request.sent.v1", INTEREST_REQUEST_TOPIC, InterestRequested.class,
            "opportunities/interest-requested.v1.json");
    /** The requesting SME withdrew its request; the opportunity's node ends the interest it became. */
    public static final EventType<InterestRequestWithdrawn> INTEREST_REQUEST_WITHDRAWN = requestEnded("withdrawn");
    /** The home node gave up on a request never answered within its time to live; the same as a withdrawal there. */
    public static final EventType<InterestRequestWithdrawn> INTEREST_REQUEST_EXPIRED = requestEnded("expired");

    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_OPENED = answer("opened");
    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_REJECTED = answer("rejected");
    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_INTRODUCED = answer("introduced");
    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_ACCEPTED = answer("accepted");
    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_DECLINED = answer("declined");
    public static final EventType<InterestRequestAnswered> INTEREST_ANSWER_EXPIRED = answer("expired");

    public static final List<EventType<?>> ALL = List.of(
            OPPORTUNITY_DRAFTED, OPPORTUNITY_UPDATED, OPPORTUNITY_SUBMITTED, OPPORTUNITY_PUBLISHED,
            OPPORTUNITY_REJECTED, OPPORTUNITY_CLOSED, OPPORTUNITY_EXPIRED, OPPORTUNITY_ARCHIVED,
            INTEREST_EXPRESSED, INTEREST_INTRODUCED, INTEREST_ACCEPTED, INTEREST_DECLINED, INTEREST_EXPIRED,
            PUBLIC_OPPORTUNITY_LISTED, PUBLIC_OPPORTUNITY_DELISTED, INTEREST_REQUEST_SENT,
            INTEREST_ANSWER_OPENED, INTEREST_ANSWER_REJECTED, INTEREST_ANSWER_INTRODUCED, INTEREST_ANSWER_ACCEPTED,
            INTEREST_ANSWER_DECLINED, INTEREST_ANSWER_EXPIRED,
            OPPORTUNITY_WITHDRAWN, OPPORTUNITY_DISCARDED, INTEREST_REQUEST_WITHDRAWN, INTEREST_REQUEST_EXPIRED);

    private OpportunitiesEvents() {
    }

    private static EventType<OpportunityChanged> opportunity(String happened) {
        return new EventType<>("org.smenet.opportunities.opportunity." + happened + ".v1", OPPORTUNITY_TOPIC,
                OpportunityChanged.class, "opportunities/opportunity-changed.v1.json");
    }

    private static EventType<InterestRequestWithdrawn> requestEnded(String happened) {
        return new EventType<>("org.smenet.opportunities.interest-request." + happened + ".v1",
                INTEREST_REQUEST_TOPIC, InterestRequestWithdrawn.class, "opportunities/interest-request-withdrawn.v1.json");
    }

    private static EventType<InterestRequestAnswered> answer(String happened) {
        return new EventType<>("org.smenet.opportunities.interest-answer." + happened + ".v1", INTEREST_ANSWER_TOPIC,
                InterestRequestAnswered.class, "opportunities/interest-request-answered.v1.json");
    }

    private static EventType<InterestChanged> interest(String happened) {
        return new EventType<>("org.smenet.opportunities.interest." + happened + ".v1", INTEREST_TOPIC,
                InterestChanged.class, "opportunities/interest-changed.v1.json");
    }
}

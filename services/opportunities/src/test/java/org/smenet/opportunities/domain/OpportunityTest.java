package org.smenet.opportunities.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.InterestStatus;
import org.smenet.contracts.opportunities.OpportunityDetails;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.opportunities.OpportunityStatus;
import org.smenet.contracts.opportunities.PublisherKind;

/** The lifecycles as plain Java. */
class OpportunityTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    static Opportunity draft(PublisherKind kind, Instant deadline) {
        var details = new OpportunityDetails("Beans", "Green beans", List.of("0901"), List.of(), List.of(), null, null,
                null, null, deadline, List.of(), true);
        return Opportunity.draft("o1", "CL", OpportunityKind.BUY_REQUEST, details,
                new Publisher(kind, "org-1", new Contact("A", "a@x", null)), NOW);
    }

    @Test
    void anEnterprisesDraftIsSubmittedThenPublishedThenClosedThenArchived() {
        Opportunity o = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(10)));
        assertThatThrownBy(() -> o.publish("fp", false, NOW)).isInstanceOf(LifecycleViolation.class);
        Opportunity published = o.submit(NOW).publish("fp", false, NOW);
        assertThat(published.status()).isEqualTo(OpportunityStatus.PUBLISHED);
        assertThat(published.networkPublic()).isTrue();
        assertThat(published.version()).isEqualTo(3);
        Opportunity archived = published.close(NOW).archive();
        assertThat(archived.status()).isEqualTo(OpportunityStatus.ARCHIVED);
        assertThat(archived.networkPublic()).isFalse();
    }

    @Test
    void aFocalPointPublishesItsOwnDraftDirectly() {
        assertThat(draft(PublisherKind.FOCAL_POINT, NOW.plus(Duration.ofDays(1))).publish("org-1", true, NOW).status())
                .isEqualTo(OpportunityStatus.PUBLISHED);
    }

    @Test
    void expiryOnlyAtTheDeadlineAndNothingPublishesPastIt() {
        Opportunity published = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(1))).submit(NOW)
                .publish("fp", false, NOW);
        assertThat(published.due(NOW)).isFalse();
        assertThatThrownBy(() -> published.expire(NOW)).isInstanceOf(LifecycleViolation.class);
        assertThat(published.expire(NOW.plus(Duration.ofDays(2))).status()).isEqualTo(OpportunityStatus.EXPIRED);
        Opportunity submitted = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(1))).submit(NOW);
        assertThatThrownBy(() -> submitted.publish("fp", false, NOW.plus(Duration.ofDays(2))))
                .isInstanceOf(InvalidOpportunity.class);
    }

    @Test
    void aRejectionNeedsAReasonAndARejectedDraftCanBeRevised() {
        Opportunity submitted = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(1))).submit(NOW);
        assertThatThrownBy(() -> submitted.reject("fp", " ")).isInstanceOf(InvalidOpportunity.class);
        Opportunity rejected = submitted.reject("fp", "no value range");
        assertThat(rejected.rejectionReason()).isEqualTo("no value range");
        assertThat(rejected.revise(OpportunityKind.SELL_OFFER, rejected.details()).status())
                .isEqualTo(OpportunityStatus.DRAFT);
    }

    @Test
    void anInterestIsAnsweredOnlyAfterItsIntroductionAndExpiresUnanswered() {
        Opportunity o = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(30))).submit(NOW).publish("fp", false, NOW);
        Interest open = Interest.express("i1", o, "PE", "org-pe", "hi", null, NOW, Duration.ofDays(14));
        assertThatThrownBy(() -> open.accept(null, NOW)).isInstanceOf(LifecycleViolation.class);
        Interest accepted = open.introduce("fp").accept(o.publisher().contact(), NOW);
        assertThat(accepted.publisherContact().email()).isEqualTo("a@x");
        assertThat(open.due(NOW.plus(Duration.ofDays(13)))).isFalse();
        assertThat(open.expire(NOW.plus(Duration.ofDays(15))).status()).isEqualTo(InterestStatus.EXPIRED);
        assertThat(accepted.due(NOW.plus(Duration.ofDays(15)))).isFalse();
    }

    @Test
    void aSubmissionIsWithdrawnToDraftAndOnlyADraftIsDiscarded() {
        Opportunity submitted = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(10))).submit(NOW);
        Opportunity again = submitted.withdraw();
        assertThat(again.status()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(again.version()).isEqualTo(3);
        assertThatThrownBy(again::withdraw).isInstanceOf(LifecycleViolation.class)
                .extracting(e -> ((LifecycleViolation) e).field()).isEqualTo("status");
        assertThatThrownBy(() -> submitted.discard(NOW)).isInstanceOf(LifecycleViolation.class);
        Opportunity discarded = again.discard(NOW);
        assertThat(discarded.status()).isEqualTo(OpportunityStatus.DISCARDED);
        assertThat(discarded.endedAt()).isEqualTo(NOW);
        assertThat(discarded.listed()).isFalse();
        assertThatThrownBy(() -> discarded.discard(NOW)).isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> discarded.revise(OpportunityKind.SELL_OFFER, discarded.details()))
                .isInstanceOf(LifecycleViolation.class);
        assertThatThrownBy(() -> submitted.reject("fp", "vague").discard(NOW)).isInstanceOf(LifecycleViolation.class)
                .hasMessageContaining("archive");
    }

    @Test
    void aRequestAbroadIsWithdrawnWhilePendingAndExpiresOnlyUnanswered() {
        var ttl = Duration.ofDays(14);
        CrossBorderInterest requested = CrossBorderInterest.request("r1", "PE", "VN", "o-vn", "Pepper", "org-pe",
                "hi", null, NOW);
        assertThat(requested.unanswered(NOW.plus(Duration.ofDays(13)), ttl)).isFalse();
        assertThatThrownBy(() -> requested.expireUnanswered(NOW, ttl)).isInstanceOf(LifecycleViolation.class);
        CrossBorderInterest expired = requested.expireUnanswered(NOW.plus(ttl), ttl);
        assertThat(expired.status()).isEqualTo(org.smenet.contracts.opportunities.InterestRequestStatus.EXPIRED);
        assertThat(expired.reason()).isEqualTo(CrossBorderInterest.UNANSWERED);
        assertThatThrownBy(() -> expired.withdraw(NOW)).isInstanceOf(LifecycleViolation.class);
        CrossBorderInterest withdrawn = requested.withdraw(NOW);
        assertThat(withdrawn.status()).isEqualTo(org.smenet.contracts.opportunities.InterestRequestStatus.WITHDRAWN);
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(withdrawn.endedAt()).isEqualTo(NOW);
        assertThat(withdrawn.unanswered(NOW.plus(Duration.ofDays(30)), ttl)).isFalse();
    }

    @Test
    void onlyAnOpenOrIntroducedCrossBorderInterestEndsWithItsRequest() {
        Opportunity o = draft(PublisherKind.ENTERPRISE, NOW.plus(Duration.ofDays(30))).submit(NOW).publish("fp", false, NOW);
        Interest local = Interest.express("i1", o, "PE", "org-pe", "hi", null, NOW, Duration.ofDays(14));
        assertThatThrownBy(local::endedByRequester).isInstanceOf(LifecycleViolation.class);
        Interest requested = Interest.requested("i2", "r2", o, "VN", "org-vn", "hi", NOW, Duration.ofDays(14));
        assertThat(requested.endedByRequester().status()).isEqualTo(InterestStatus.EXPIRED);
        assertThat(requested.introduce("fp").endedByRequester().status()).isEqualTo(InterestStatus.EXPIRED);
        Interest declined = requested.introduce("fp").decline(NOW);
        assertThatThrownBy(declined::endedByRequester).isInstanceOf(LifecycleViolation.class);
    }
}

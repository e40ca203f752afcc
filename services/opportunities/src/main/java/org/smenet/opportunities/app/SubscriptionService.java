package org.smenet.opportunities.app;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.opportunities.delivery.Delivery;
import org.smenet.opportunities.delivery.DeliveryStore;
import org.smenet.opportunities.delivery.DeliveryWorker;
import org.smenet.opportunities.delivery.SubscriptionIndex;
import org.smenet.opportunities.delivery.WebhookSignature;
import org.smenet.opportunities.delivery.WebhookTargets;
import org.smenet.opportunities.domain.Subscription;
import org.smenet.opportunities.domain.SubscriptionFilters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Subscriptions of agencies, focal points and SMEs: filters checked against the reference data, a webhook
 * target validated and proven by the abuse-protection handshake before anything is stored, its secret
 * shown once; delivery log, dead letters and their replay for the owner only.
 */
@Service
public class SubscriptionService {

    /** A subscription and, only when just created or rotated, its new secret. */
    public record Created(Subscription subscription, String secret) {
    }

    private final org.smenet.opportunities.store.SubscriptionStore subscriptions;
    private final SubscriptionIndex index;
    private final DeliveryStore deliveries;
    private final DeliveryWorker worker;
    private final WebhookTargets targets;
    private final HostedEconomies hosted;
    private final ReferenceData reference;
    private final OpportunitiesProperties properties;
    private final Clock clock;

    public SubscriptionService(org.smenet.opportunities.store.SubscriptionStore subscriptions, SubscriptionIndex index,
            DeliveryStore deliveries, DeliveryWorker worker, WebhookTargets targets, HostedEconomies hosted,
            ReferenceData reference, OpportunitiesProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.index = index;
        this.deliveries = deliveries;
        this.worker = worker;
        this.targets = targets;
        this.hosted = hosted;
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    public Created subscribe(Actor actor, SubscriptionRequest request) {
        hosted.requireHosted(actor);
        if (!actor.hasAny(Role.AGENCY_CLIENT, Role.FOCAL_POINT, Role.SME) || actor.org() == null) {
            throw RuleViolation.forbidden("Agencies, focal points and SMEs subscribe to opportunities");
        }
        SubscriptionFilters filters = request.toFilters();
        check(filters);
        String url = null;
        List<Subscription.Secret> secrets = List.of();
        String secret = null;
        if (request.channel() == Subscription.Channel.WEBHOOK) {
            if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
                throw RuleViolation.invalid(WebhookTargets.FIELD, "a webhook subscription needs its webhookUrl");
            }
            URI target = targets.validate(request.webhookUrl());
            targets.handshake(target);
            url = target.toString();
            secret = WebhookSignature.newSecret();
            secrets = List.of(new Subscription.Secret(secret, null));
        } else if (request.webhookUrl() != null) {
            throw RuleViolation.invalid(WebhookTargets.FIELD, "only a WEBHOOK subscription has a webhookUrl");
        }
        Subscription s = new Subscription(UUID.randomUUID().toString(), 1, actor.economy(), actor.org(), filters,
                request.channel(), url, secrets, true, clock.instant());
        index.ownChange(subscriptions.insert(s));
        index.put(s);
        return new Created(s, secret);
    }

    public Subscription get(Actor actor, String id) {
        Subscription s = subscriptions.find(id).filter(Subscription::active)
                .orElseThrow(() -> RuleViolation.notFound("Subscription", id));
        if (!s.ownedBy(actor.economy(), actor.org())) {
            throw RuleViolation.notFound("Subscription", id);
        }
        return s;
    }

    public List<Subscription> mine(Actor actor) {
        return subscriptions.ownedBy(actor.economy(), actor.org());
    }

    /** A new secret; the old one keeps signing (both signatures sent) for the rotation overlap. */
    public Created rotate(Actor actor, String id) {
        hosted.requireHosted(actor);
        Subscription s = get(actor, id);
        if (s.channel() != Subscription.Channel.WEBHOOK) {
            throw RuleViolation.conflict("not-a-webhook", null, "only webhook subscriptions have secrets");
        }
        String secret = WebhookSignature.newSecret();
        Subscription rotated = s.rotate(secret, clock.instant().plus(properties.webhooks().rotationOverlap()));
        index.ownChange(subscriptions.update(rotated));
        index.put(rotated);
        return new Created(rotated, secret);
    }

    public Subscription cancel(Actor actor, String id) {
        hosted.requireHosted(actor);
        Subscription cancelled = get(actor, id).cancel();
        index.ownChange(subscriptions.update(cancelled));
        index.remove(id);
        return cancelled;
    }

    public Page<Delivery> deliveries(Actor actor, String id, Delivery.Status status, Pageable page) {
        get(actor, id);
        return deliveries.ofSubscription(id, status, page);
    }

    public Delivery replay(Actor actor, String id, String deliveryId) {
        hosted.requireHosted(actor);
        get(actor, id);
        if (!deliveries.replay(id, deliveryId, clock.instant())) {
            Delivery d = deliveries.find(deliveryId).filter(x -> x.subscriptionId().equals(id))
                    .orElseThrow(() -> RuleViolation.notFound("Dead letter", deliveryId));
            throw RuleViolation.conflict("not-dead", null, "delivery " + deliveryId + " is " + d.status()
                    + "; only dead letters are replayed");
        }
        worker.wake();
        return deliveries.find(deliveryId).orElseThrow();
    }

    private void check(SubscriptionFilters f) {
        f.hsPrefixes().stream().filter(c -> !reference.isHsCode(c)).findFirst().ifPresent(c -> {
            throw RuleViolation.invalid("hsPrefixes", c + " is not an HS 2022 code");
        });
        f.isicPrefixes().stream().filter(c -> !reference.isIsicCode(c)).findFirst().ifPresent(c -> {
            throw RuleViolation.invalid("isicPrefixes", c + " is not an ISIC Rev.4 code");
        });
        for (var economies : List.of(f.originEconomies(), f.targetEconomies())) {
            economies.stream().filter(c -> !reference.isApecEconomy(c)).findFirst().ifPresent(c -> {
                throw RuleViolation.invalid(economies == f.originEconomies() ? "originEconomies" : "targetEconomies",
                        c + " is not an APEC economy");
            });
        }
    }
}

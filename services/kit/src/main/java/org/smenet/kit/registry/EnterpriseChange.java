package org.smenet.kit.registry;

import java.time.Instant;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;

/**
 * One event of {@code smenet.registry.enterprise.v1}, decoded by {@link HostedEnterprises} after its origin and
 * subject were checked: the enterprise it changes, its economy, the event's time, and what happened. A
 * {@link EnterpriseProjection} turns each kind into the update of its own document.
 */
public sealed interface EnterpriseChange {

    /** The enterprise, equal to the event's subject. */
    String enterpriseId();

    /** The enterprise's economy, equal to the event's economy. */
    String economy();

    /** The event's {@code ce_time}. */
    Instant time();

    /** Asks {@code projection} for the update of this kind of change. */
    org.springframework.data.mongodb.core.query.Update update(EnterpriseProjection projection);

    /** {@code org.smenet.registry.enterprise.registered.v1}: the first event of an enterprise, with its owner. */
    record Registered(EnterpriseRegistered data, Instant time) implements EnterpriseChange {
        @Override
        public String enterpriseId() {
            return data.enterpriseId();
        }

        @Override
        public String economy() {
            return data.economy();
        }

        @Override
        public org.springframework.data.mongodb.core.query.Update update(EnterpriseProjection projection) {
            return projection.registered(this);
        }
    }

    /** {@code org.smenet.registry.enterprise.profile-updated.v1}: the whole new profile. */
    record ProfileUpdated(EnterpriseProfileUpdated data, Instant time) implements EnterpriseChange {
        @Override
        public String enterpriseId() {
            return data.enterpriseId();
        }

        @Override
        public String economy() {
            return data.economy();
        }

        @Override
        public org.springframework.data.mongodb.core.query.Update update(EnterpriseProjection projection) {
            return projection.profileUpdated(this);
        }
    }

    /** Verified, suspended, reinstated or deactivated ({@link HostedEnterprises#STATUS_TYPES}): the new status. */
    record StatusChanged(EnterpriseStatusChanged data, Instant time) implements EnterpriseChange {
        @Override
        public String enterpriseId() {
            return data.enterpriseId();
        }

        @Override
        public String economy() {
            return data.economy();
        }

        @Override
        public org.springframework.data.mongodb.core.query.Update update(EnterpriseProjection projection) {
            return projection.statusChanged(this);
        }
    }

    /**
     * Any other type on the topic (cluster membership, types added later): the projection keeps nothing of it
     * by default, but its sequence still moves on, so the enterprise's later events keep applying in order.
     */
    record Other(String enterpriseId, String economy, String type, Instant time) implements EnterpriseChange {
        @Override
        public org.springframework.data.mongodb.core.query.Update update(EnterpriseProjection projection) {
            return projection.other(this);
        }
    }
}

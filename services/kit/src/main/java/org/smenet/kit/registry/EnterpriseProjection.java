package org.smenet.kit.registry;

import java.time.Instant;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A service's read model of its node's enterprises, kept by the kit's {@link HostedEnterprises} from
 * {@code smenet.registry.enterprise.v1}. Declaring one bean of this type switches the listener on. The service
 * owns its collection and its document shape: for each kind of change it returns the {@link Update} of the
 * enterprise's document (no write of its own). The listener adds {@code economy} (always, from the event) and
 * {@code sequence}, and writes it in one atomic upsert guarded by the sequence ({@code Inbox.applyIfNewer}), so
 * a redelivered or out-of-date event changes nothing.
 */
public interface EnterpriseProjection {

    /** The collection of the read model; documents are keyed by enterprise id. */
    String collection();

    Update registered(EnterpriseChange.Registered change);

    Update profileUpdated(EnterpriseChange.ProfileUpdated change);

    Update statusChanged(EnterpriseChange.StatusChanged change);

    /** Any other enterprise event: nothing but the economy and the sequence, unless the service says otherwise. */
    default Update other(EnterpriseChange.Other change) {
        return new Update();
    }

    /**
     * Called after the write of a change applied (never for a duplicate or stale event), on the listener's
     * thread: for effects that follow the read model, such as recomputing what depends on the enterprise. At
     * most once per change: if it throws, the record is retried, but the retried write is then a duplicate, so
     * it is not called again; keep here only what a later change or a rebuild makes good.
     */
    default void applied(String enterpriseId, Instant time) {
    }
}

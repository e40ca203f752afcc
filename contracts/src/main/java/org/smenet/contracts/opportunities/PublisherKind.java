package org.smenet.contracts.opportunities;

/** Who published an opportunity: an enterprise (reviewed by a focal point) or a focal point itself. */
public enum PublisherKind {
    ENTERPRISE, FOCAL_POINT
}

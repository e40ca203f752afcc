package org.smenet.matchmaking.api;

import org.smenet.matchmaking.domain.Reason;

/** One reason as a person reads it: "you seek 0902, they offer 090240: +7". */
public record ReasonView(String kind, String direction, String yours, String theirs, double weight, String text) {

    static ReasonView of(Reason r) {
        return new ReasonView(r.kind().name(), r.direction().name(), r.yours(), r.theirs(), r.weight(), text(r));
    }

    private static String text(Reason r) {
        String what = switch (r.kind()) {
            case HS_SUBHEADING, HS_HEADING, HS_CHAPTER -> switch (r.direction()) {
                case YOU_SEEK -> "you seek " + r.yours() + " and they offer " + r.theirs();
                default -> "they seek " + r.theirs() + " and you offer " + r.yours();
            };
            case ISIC_CLASS, ISIC_GROUP, ISIC_DIVISION -> "your activity " + r.yours() + " and theirs " + r.theirs()
                    + " are of one trade";
            case COOPERATION -> r.direction() == Reason.Direction.YOU_SEEK
                    ? "you seek " + r.yours() + " and they offer it" : "they seek " + r.yours() + " and you offer it";
            case TARGET_MARKET -> r.direction() == Reason.Direction.YOU_SEEK
                    ? "you target " + r.yours() + ", their economy" : "they target " + r.yours() + ", your economy";
            case CERTIFICATION -> r.direction() == Reason.Direction.YOU_SEEK
                    ? "you require " + r.yours() + " and they hold it" : "they require " + r.yours() + " and you hold it";
            case LANGUAGE -> "you both speak " + r.yours();
            case VERIFIED -> r.direction() == Reason.Direction.THEIRS ? "they are verified" : "you are verified";
            case RECENT_ACTIVITY -> r.direction() == Reason.Direction.THEIRS ? "they are active" : "you are active";
        };
        return what + " (+" + r.weight() + ")";
    }
}

package org.smenet.matchmaking.domain;

import java.util.List;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.domain.Reason.Direction;
import org.smenet.matchmaking.domain.Reason.Kind;

/**
 * The score of a pair: how one side's needs meet the other's offers, in both directions, plus the
 * traits that make a partnership likelier (markets, certifications, languages, verification, activity).
 * A pair is complementary only when a need truly meets an offer: an HS code sought and one offered
 * where one holds the other (the same subheading; "0902" sought and 090240 offered; a whole chapter), or
 * both are of the same ISIC class and one seeks a partner of its own trade. Two different subheadings of
 * one heading (green tea sought, black tea offered) are different goods: they add heading points to a
 * pair that is complementary, but do not make one. Otherwise it scores 0, whatever else
 * they share: a tyre distributor is no partner for a tea grower because both speak English and one
 * seeks distribution. Once complementary, closer and coarser meetings (same chapter, same ISIC
 * division) all add their points. The same code computes the score in the index's loop (no reasons) and explains it.
 */
final class Complementarity {

    private static final CooperationType[] TYPES = CooperationType.values();
    static final int SAME_TRADE = (1 << CooperationType.JOINT_VENTURE.ordinal())
            | (1 << CooperationType.LICENSING.ordinal()) | (1 << CooperationType.TECHNOLOGY_TRANSFER.ordinal())
            | (1 << CooperationType.SUBCONTRACTING.ordinal());

    private final Weights weights;
    private final Vocabulary economies;
    private final Vocabulary certifications;
    private final Vocabulary languages;

    Complementarity(Weights weights, Vocabulary economies, Vocabulary certifications, Vocabulary languages) {
        this.weights = weights;
        this.economies = economies;
        this.certifications = certifications;
        this.languages = languages;
    }

    Weights weights() {
        return weights;
    }

    /** Score 0–100 of {@code you} with {@code them}; adds the reasons to {@code reasons} unless it is null. */
    double score(Entry you, Entry them, int today, List<Reason> reasons) {
        if (!complementary(you, them)) {
            return 0;
        }
        double score = hs(you.data, you.soughtAt, you.isicAt, them.data, 0, them.soughtAt, Direction.YOU_SEEK, reasons)
                + hs(them.data, them.soughtAt, them.isicAt, you.data, 0, you.soughtAt, Direction.THEY_SEEK, reasons)
                + isic(you, them, reasons)
                + cooperation(you.cooperationSought & them.cooperationOffered, Direction.YOU_SEEK, reasons)
                + cooperation(them.cooperationSought & you.cooperationOffered, Direction.THEY_SEEK, reasons)
                + market(you, them, Direction.YOU_SEEK, reasons)
                + market(them, you, Direction.THEY_SEEK, reasons)
                + certification(you, them, Direction.YOU_SEEK, reasons)
                + certification(them, you, Direction.THEY_SEEK, reasons)
                + language(you, them, reasons)
                + trait(them.verified, weights.verified(), Kind.VERIFIED, Direction.THEIRS, reasons)
                + trait(you.verified, weights.verified(), Kind.VERIFIED, Direction.YOURS, reasons)
                + activity(them, today, Direction.THEIRS, reasons)
                + activity(you, today, Direction.YOURS, reasons);
        return Math.min(100, Math.round(score * 10) / 10.0);
    }

    /** Whether the pair meets on what one side seeks and the other offers (see the class comment). */
    static boolean complementary(Entry you, Entry them) {
        if (meets(you.data, you.soughtAt, you.isicAt, them.data, 0, them.soughtAt)
                || meets(them.data, them.soughtAt, them.isicAt, you.data, 0, you.soughtAt)) {
            return true;
        }
        if (((you.cooperationSought | them.cooperationSought) & SAME_TRADE) != 0) {
            int[] mine = you.data;
            int[] theirs = them.data;
            for (int i = you.isicAt; i < you.certificationsAt; i++) {
                int a = mine[i];
                for (int j = them.isicAt; j < them.certificationsAt; j++) {
                    if (a % 10 == 4 && a == theirs[j]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean meets(int[] sought, int soughtFrom, int soughtTo, int[] offered, int offeredFrom,
            int offeredTo) {
        for (int i = soughtFrom; i < soughtTo; i++) {
            int s = sought[i];
            for (int j = offeredFrom; j < offeredTo; j++) {
                int o = offered[j];
                int meet = Codes.hsMeet(s, o);
                // one code holds the other: the same subheading, or a heading or chapter that holds it
                if (meet != Codes.NONE && meet >= Math.min(s % 10, o % 10)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each code sought counts once, at the closest meeting with any code offered. */
    private double hs(int[] sought, int soughtFrom, int soughtTo, int[] offered, int offeredFrom, int offeredTo,
            Direction direction, List<Reason> reasons) {
        double sum = 0;
        for (int i = soughtFrom; i < soughtTo; i++) {
            int s = sought[i];
            int best = Codes.NONE;
            int bestOffer = 0;
            for (int j = offeredFrom; j < offeredTo; j++) {
                int o = offered[j];
                int meet = Codes.hsMeet(s, o);
                if (meet > best) {
                    best = meet;
                    bestOffer = o;
                }
            }
            if (best != Codes.NONE) {
                double w = weights.hs(best);
                sum += w;
                if (reasons != null) {
                    Kind kind = best == Codes.EXACT ? Kind.HS_SUBHEADING
                            : best == Codes.MIDDLE ? Kind.HS_HEADING : Kind.HS_CHAPTER;
                    String seekerCode = Codes.hsText(s);
                    String offerCode = Codes.hsText(bestOffer);
                    reasons.add(direction == Direction.YOU_SEEK
                            ? new Reason(kind, direction, seekerCode, offerCode, w)
                            : new Reason(kind, direction, offerCode, seekerCode, w));
                }
            }
        }
        return sum;
    }

    /**
     * The closest pair of activities, once, and only when one side seeks a cooperation between peers of a
     * trade (joint venture, licensing, technology transfer, subcontracting): two garment makers are
     * competitors unless one of them seeks a partner of its own trade.
     */
    private double isic(Entry you, Entry them, List<Reason> reasons) {
        if (((you.cooperationSought | them.cooperationSought) & SAME_TRADE) == 0) {
            return 0;
        }
        int best = Codes.NONE;
        int mine = 0;
        int theirs = 0;
        for (int i = you.isicAt; i < you.certificationsAt; i++) {
            int a = you.data[i];
            for (int j = them.isicAt; j < them.certificationsAt; j++) {
                int b = them.data[j];
                int meet = Codes.isicMeet(a, b);
                if (meet > best) {
                    best = meet;
                    mine = a;
                    theirs = b;
                }
            }
        }
        if (best == Codes.NONE) {
            return 0;
        }
        double w = weights.isic(best);
        if (reasons != null) {
            Kind kind = best == Codes.EXACT ? Kind.ISIC_CLASS : best == Codes.MIDDLE ? Kind.ISIC_GROUP : Kind.ISIC_DIVISION;
            reasons.add(new Reason(kind, Direction.BOTH, Codes.isicText(mine), Codes.isicText(theirs), w));
        }
        return w;
    }

    private double cooperation(int fitting, Direction direction, List<Reason> reasons) {
        if (fitting == 0) {
            return 0;
        }
        int count = Integer.bitCount(fitting);
        if (reasons != null) {
            for (CooperationType type : TYPES) {
                if ((fitting & (1 << type.ordinal())) != 0) {
                    reasons.add(new Reason(Kind.COOPERATION, direction, type.name(), type.name(), weights.cooperation()));
                }
            }
        }
        return count * weights.cooperation();
    }

    /** {@code seeker} targets the economy of {@code target}. */
    private double market(Entry seeker, Entry target, Direction direction, List<Reason> reasons) {
        if (target.economy >= Vocabulary.MASK_BITS || (seeker.targets & (1L << target.economy)) == 0) {
            return 0;
        }
        if (reasons != null) {
            String economy = economies.word(target.economy);
            reasons.add(new Reason(Kind.TARGET_MARKET, direction, economy, economy, weights.targetMarket()));
        }
        return weights.targetMarket();
    }

    /** The certifications {@code requirer} requires that {@code holder} holds. */
    private double certification(Entry requirer, Entry holder, Direction direction, List<Reason> reasons) {
        double sum = 0;
        int[] held = holder.data;
        for (int i = requirer.requiredAt; i < requirer.languagesAt; i++) {
            int r = requirer.data[i];
            for (int j = holder.certificationsAt; j < holder.requiredAt; j++) {
                if (r == held[j]) {
                    sum += weights.certification();
                    if (reasons != null) {
                        String name = certifications.word(r);
                        reasons.add(new Reason(Kind.CERTIFICATION, direction, name, name, weights.certification()));
                    }
                    break;
                }
            }
        }
        return sum;
    }

    private double language(Entry you, Entry them, List<Reason> reasons) {
        int[] mine = you.data;
        int[] theirs = them.data;
        for (int i = you.languagesAt; i < mine.length; i++) {
            int a = mine[i];
            for (int j = them.languagesAt; j < theirs.length; j++) {
                if (a == theirs[j]) {
                    if (reasons != null) {
                        String language = languages.word(a);
                        reasons.add(new Reason(Kind.LANGUAGE, Direction.BOTH, language, language, weights.language()));
                    }
                    return weights.language();
                }
            }
        }
        return 0;
    }

    private static double trait(boolean has, double weight, Kind kind, Direction direction, List<Reason> reasons) {
        if (!has || weight == 0) {
            return 0;
        }
        if (reasons != null) {
            reasons.add(new Reason(kind, direction, null, null, weight));
        }
        return weight;
    }

    private double activity(Entry side, int today, Direction direction, List<Reason> reasons) {
        double w = weights.activity(Math.max(0, today - side.lastActivityDay));
        if (w == 0) {
            return 0;
        }
        if (reasons != null) {
            reasons.add(new Reason(Kind.RECENT_ACTIVITY, direction, null, null, Math.round(w * 100) / 100.0));
        }
        return w;
    }
}

package org.smenet.matchmaking.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.CooperationType;

/**
 * An opportunity read as a profile, so the index ranks enterprises for it with the same scorer and the
 * same reasons as for a firm: what a request asks for is sought (a buy request seeks its HS codes and a
 * supplier), what an offer proposes is offered (a sell offer offers its codes and seeks a distributor), a
 * partnership seeks a firm of its ISIC class for a joint venture. The cooperation type the publisher
 * named is sought by a request and offered by an offer, on top of the kind's own.
 */
public final class OpportunityNeeds {

    private OpportunityNeeds() {
    }

    public static Profile profile(String id, String economy, OpportunityKind kind, List<String> hsCodes,
            List<String> isicCodes, List<String> targetEconomies, CooperationType named, List<String> languages,
            LocalDate published) {
        Set<CooperationType> offered = EnumSet.noneOf(CooperationType.class);
        Set<CooperationType> sought = EnumSet.noneOf(CooperationType.class);
        boolean offer = switch (kind) {
            case SELL_OFFER, TECHNOLOGY_OFFER, INVESTMENT_OFFERING -> true;
            default -> false;
        };
        switch (kind) {
            case BUY_REQUEST, TENDER -> sought.add(CooperationType.SUPPLY);
            case SELL_OFFER -> {
                offered.add(CooperationType.SUPPLY);
                sought.add(CooperationType.DISTRIBUTION);
            }
            case TECHNOLOGY_REQUEST -> sought.add(CooperationType.TECHNOLOGY_TRANSFER);
            case TECHNOLOGY_OFFER -> offered.add(CooperationType.TECHNOLOGY_TRANSFER);
            case INVESTMENT_SEEKING -> sought.add(CooperationType.INVESTMENT);
            case INVESTMENT_OFFERING -> offered.add(CooperationType.INVESTMENT);
            case PARTNERSHIP, TECHNICAL_COOPERATION -> sought.add(CooperationType.JOINT_VENTURE);
        }
        if (named != null) {
            (offer ? offered : sought).add(named);
        }
        List<String> hs = hsCodes == null ? List.of() : hsCodes;
        return new Profile(id, economy, isicCodes, offer ? hs : List.of(), offer ? List.of() : hs, offered, sought,
                targetEconomies, List.of(), List.of(), languages, false, published);
    }
}

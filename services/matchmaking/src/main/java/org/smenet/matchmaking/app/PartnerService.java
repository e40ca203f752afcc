package org.smenet.matchmaking.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.security.Actor;
import org.smenet.matchmaking.domain.MatchAccess;
import org.smenet.matchmaking.domain.PartnerFilter;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.store.MatchStore;
import org.smenet.matchmaking.store.ProfileDocument;
import org.smenet.matchmaking.store.ProfileStore;
import org.springframework.stereotype.Service;

/** An enterprise's best partners, ranked live from the index, with their reasons. */
@Service
public class PartnerService {

    /** Rankings are served this deep at most: a partner list is read from the top. */
    public static final int MAX_DEPTH = 200;

    /** One page of the ranking, with the total the ranking holds up to {@link #MAX_DEPTH}. */
    public record Ranking(ProfileDocument enterprise, List<Suggestion> page, int total) {
    }

    private final PartnerIndex index;
    private final ProfileStore profiles;
    private final MatchStore matches;
    private final MatchAccess access;
    private final Suggestions suggestions;

    public PartnerService(PartnerIndex index, ProfileStore profiles, MatchStore matches, MatchAccess access,
            Suggestions suggestions) {
        this.index = index;
        this.profiles = profiles;
        this.matches = matches;
        this.access = access;
        this.suggestions = suggestions;
    }

    public Ranking partners(Actor actor, String enterpriseId, String economy, CooperationType cooperation,
            double minScore, int page, int size) {
        checkRanking(minScore, page, size);
        ProfileDocument enterprise = MatchService.visibleEnterprise(actor, enterpriseId, access, profiles);
        if (!enterprise.active()) {
            return new Ranking(enterprise, List.of(), 0);
        }
        Set<String> declined = new HashSet<>(matches.declinedPartners(enterpriseId));
        List<Suggestion> ranked = index.partnersFor(enterprise.toProfile(), MAX_DEPTH,
                new PartnerFilter(economy, cooperation, minScore, declined), suggestions.today());
        int from = Math.min(ranked.size(), page * size);
        return new Ranking(enterprise, ranked.subList(from, Math.min(ranked.size(), from + size)), ranked.size());
    }

    /** Filters and paging of a ranking: a score threshold of 0–100, pages of 1–100, {@link #MAX_DEPTH} deep at most. */
    static void checkRanking(double minScore, int page, int size) {
        if (minScore < 0 || minScore > 100) {
            throw RuleViolation.invalid("minScore", "minScore must be between 0 and 100");
        }
        if (page < 0) {
            throw RuleViolation.invalid("page", "page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw RuleViolation.invalid("size", "size must be between 1 and 100");
        }
        if ((long) (page + 1) * size > MAX_DEPTH) {
            throw RuleViolation.invalid("page", "partners are ranked " + MAX_DEPTH + " deep at most; raise minScore "
                    + "or filter by economy or cooperation type");
        }
    }

    public ProfileDocument profile(String id) {
        return profiles.find(id).orElse(null);
    }
}

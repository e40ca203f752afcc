package org.smenet.matchmaking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.contracts.registry.CooperationType.DISTRIBUTION;
import static org.smenet.contracts.registry.CooperationType.JOINT_VENTURE;
import static org.smenet.contracts.registry.CooperationType.SUPPLY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.matchmaking.domain.Reason.Direction;
import org.smenet.matchmaking.domain.Reason.Kind;

class PartnerIndexTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final List<String> APEC = List.of("CL", "VN", "TH", "PE", "JP");

    final PartnerIndex index = new PartnerIndex(Weights.defaults(), APEC);

    static Profile profile(String id, String economy, List<String> isic, List<String> offers, List<String> seeks,
            Set<CooperationType> offered, Set<CooperationType> sought, List<String> targets) {
        return new Profile(id, economy, isic, offers, seeks, offered, sought, targets, List.of("HACCP"), List.of(),
                List.of("en"), false, TODAY.minusYears(2));
    }

    /** A Chilean tea importer that seeks tea and distributors' partners in Viet Nam. */
    static Profile teaImporter() {
        return profile("cl-tea-importer", "CL", List.of("4630"), List.of("8438"), List.of("0902"), Set.of(DISTRIBUTION),
                Set.of(SUPPLY), List.of("VN"));
    }

    static Profile vietTeaGrower() {
        return profile("vn-tea-grower", "VN", List.of("0127"), List.of("090240"), List.of(), Set.of(SUPPLY),
                Set.of(DISTRIBUTION), List.of());
    }

    @Test
    void everySuggestionSaysWhichCodesMarketsAndCooperationMakeItUp() {
        index.put(teaImporter());
        index.put(vietTeaGrower());

        Suggestion s = index.partnersOf("cl-tea-importer", 20, PartnerFilter.any(), TODAY).orElseThrow().get(0);

        assertThat(s.partnerId()).isEqualTo("vn-tea-grower");
        assertThat(s.partnerEconomy()).isEqualTo("VN");
        assertThat(s.reasons()).contains(
                new Reason(Kind.HS_HEADING, Direction.YOU_SEEK, "0902", "090240", 7),
                new Reason(Kind.TARGET_MARKET, Direction.YOU_SEEK, "VN", "VN", 4),
                new Reason(Kind.COOPERATION, Direction.YOU_SEEK, "SUPPLY", "SUPPLY", 6),
                new Reason(Kind.COOPERATION, Direction.THEY_SEEK, "DISTRIBUTION", "DISTRIBUTION", 6),
                new Reason(Kind.LANGUAGE, Direction.BOTH, "en", "en", 2));
        assertThat(s.score()).isEqualTo(s.reasons().stream().mapToDouble(Reason::weight).sum());
    }

    @Test
    void aPairScoresTheSameFromEitherSide() {
        index.put(teaImporter());
        index.put(vietTeaGrower());

        Suggestion fromImporter = index.explain("cl-tea-importer", "vn-tea-grower", TODAY).orElseThrow();
        Suggestion fromGrower = index.explain("vn-tea-grower", "cl-tea-importer", TODAY).orElseThrow();

        assertThat(fromGrower.score()).isEqualTo(fromImporter.score());
        assertThat(fromGrower.reasons()).containsExactlyInAnyOrderElementsOf(
                fromImporter.reasons().stream().map(Reason::reversed).toList());
    }

    @Test
    void closerCodesScoreHigher() {
        index.put(teaImporter());
        index.put(profile("exact", "VN", List.of("0127"), List.of("090240"), List.of(), Set.of(), Set.of(), List.of()));
        index.put(profile("heading", "VN", List.of("0127"), List.of("0902"), List.of(), Set.of(), Set.of(), List.of()));
        index.put(profile("chapter", "VN", List.of("0127"), List.of("090111"), List.of(), Set.of(), Set.of(), List.of()));
        index.put(profile("unrelated", "VN", List.of("0127"), List.of("080450"), List.of(), Set.of(), Set.of(), List.of()));
        Profile seeker = profile("seeker", "CL", List.of("4630"), List.of(), List.of("090240"), Set.of(), Set.of(), List.of());
        index.put(seeker);

        List<Suggestion> found = index.partnersOf("seeker", 20, PartnerFilter.any(), TODAY).orElseThrow();

        // the same chapter alone is no complementarity; it adds to one that exists
        assertThat(found).extracting(Suggestion::partnerId).containsExactly("exact", "heading");
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }

    @Test
    void aPairWithNothingComplementaryIsNotSuggested() {
        index.put(profile("a", "CL", List.of("1079"), List.of("0901"), List.of(), Set.of(), Set.of(), List.of("VN")));
        index.put(profile("b", "VN", List.of("2610"), List.of("8541"), List.of(), Set.of(), Set.of(), List.of("CL")));

        assertThat(index.partnersOf("a", 20, PartnerFilter.any(), TODAY).orElseThrow()).isEmpty();
        assertThat(index.partnersByScanningAll("a", 20, PartnerFilter.any(), TODAY)).isEmpty();
    }

    @Test
    void filtersByEconomyCooperationMinimumScoreAndExclusion() {
        index.put(teaImporter());
        index.put(vietTeaGrower());
        index.put(profile("th-tea", "TH", List.of("0127"), List.of("090240"), List.of(), Set.of(JOINT_VENTURE),
                Set.of(), List.of()));

        assertThat(ids(new PartnerFilter("TH", null, 0, Set.of()))).containsExactly("th-tea");
        assertThat(ids(new PartnerFilter(null, JOINT_VENTURE, 0, Set.of()))).containsExactly("th-tea");
        assertThat(ids(new PartnerFilter(null, null, 20, Set.of()))).containsExactly("vn-tea-grower");
        assertThat(ids(new PartnerFilter(null, null, 0, Set.of("vn-tea-grower")))).containsExactly("th-tea");
    }

    @Test
    void aChangedProfileIsScoredAsItIsNowAndARemovedOneNotAtAll() {
        index.put(teaImporter());
        index.put(vietTeaGrower());
        index.put(profile("vn-tea-grower", "VN", List.of("0127"), List.of("080450"), List.of(), Set.of(), Set.of(),
                List.of()));
        assertThat(ids(PartnerFilter.any())).isEmpty();

        index.put(vietTeaGrower());
        assertThat(ids(PartnerFilter.any())).containsExactly("vn-tea-grower");
        index.remove("vn-tea-grower");
        assertThat(ids(PartnerFilter.any())).isEmpty();
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.partnersOf("vn-tea-grower", 20, PartnerFilter.any(), TODAY)).isEmpty();
    }

    @Test
    void theIndexRanksExactlyAsScanningEveryProfileDoes() {
        org.smenet.kit.demo.SyntheticFirms generator = new org.smenet.kit.demo.SyntheticFirms(SyntheticFirmsTest.SUBHEADINGS, TODAY);
        generator.generate(7, 5_000, 0).firms().forEach(f -> index.put(Profile.of(f.profile())));
        var firms = generator.generate(7, 5_000, 0).firms();
        int same = 0;
        for (int i = 0; i < 50; i++) {
            String id = firms.get(i * 97).profile().id();
            List<Suggestion> indexed = index.partnersOf(id, 20, PartnerFilter.any(), TODAY).orElseThrow();
            List<Suggestion> scanned = index.partnersByScanningAll(id, 20, PartnerFilter.any(), TODAY);
            if (indexed.equals(scanned)) {
                same++;
            }
        }
        assertThat(same).isEqualTo(50);
    }

    @Test
    void theBoundsStayExactWithOtherWeightsFiltersAndDepths() {
        // chapter worth more than heading, no activity points, heavy markets: the bounds must still never undercut
        PartnerIndex other = new PartnerIndex(new Weights(9, 1, 3, 6, 0, 2, 2.5, 11, 5, 0.5, 4, 0, 30, 60), List.of());
        var firms = new org.smenet.kit.demo.SyntheticFirms(SyntheticFirmsTest.SUBHEADINGS, TODAY).generate(13, 4_000, 40)
                .firms();
        firms.forEach(f -> other.put(Profile.of(f.profile())));
        PartnerFilter[] filters = {PartnerFilter.any(), new PartnerFilter("CN", null, 0, null),
                new PartnerFilter(null, CooperationType.DISTRIBUTION, 0, null), new PartnerFilter(null, null, 25, null)};
        for (int i = 0; i < 40; i++) {
            String id = firms.get(i * 89).profile().id();
            for (PartnerFilter filter : filters) {
                for (int limit : new int[] {1, 20, 200}) {
                    assertThat(other.partnersOf(id, limit, filter, TODAY).orElseThrow())
                            .as("%s %s top %d", id, filter, limit)
                            .isEqualTo(other.partnersByScanningAll(id, limit, filter, TODAY));
                }
            }
        }
    }

    @Test
    void theIndexRanksExactlyAsScanningOnALargerPopulationWithExclusionsAndAChangingPopulation() {
        var generator = new org.smenet.kit.demo.SyntheticFirms(SyntheticFirmsTest.SUBHEADINGS, TODAY);
        var firms = generator.generate(29, 30_000, 300).firms();
        firms.forEach(f -> index.put(Profile.of(f.profile())));
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 150; i++) {
            if (i % 3 == 0) { // replace or remove a profile between queries: the postings must follow
                var f = firms.get(random.nextInt(firms.size()));
                if (i % 2 == 0) {
                    index.remove(f.profile().id());
                } else {
                    index.put(Profile.of(generator.firm(random, f.profile().economy()).profile()));
                }
            }
            String id = firms.get(random.nextInt(firms.size())).profile().id();
            if (!index.contains(id)) {
                continue;
            }
            List<Suggestion> scanned = index.partnersByScanningAll(id, 20, PartnerFilter.any(), TODAY);
            assertThat(index.partnersOf(id, 20, PartnerFilter.any(), TODAY).orElseThrow()).as(id).isEqualTo(scanned);
            if (!scanned.isEmpty()) {
                PartnerFilter without = new PartnerFilter(null, null, 0, java.util.Set.of(scanned.get(0).partnerId()));
                assertThat(index.partnersOf(id, 20, without, TODAY).orElseThrow()).as(id)
                        .isEqualTo(index.partnersByScanningAll(id, 20, without, TODAY));
            }
        }
    }

    /**
     * The blocks of the ordered posting lists: after a bulk load, removals (tombstones) and replacements (tails and
     * re-orderings), every block's summary bounds every live posting it holds for any query, and the summaries leave
     * over a quarter of the blocks below a query's 20th score even at 20,000 firms, where that score is low (at
     * 1,000,000 about half the blocks of a query's own lists are never opened: docs/benchmarks.md).
     */
    @Test
    void everyBlockBoundsItsPostingsAndManyBlocksCannotReachTheTwentiethScore() {
        var generator = new org.smenet.kit.demo.SyntheticFirms(SyntheticFirmsTest.SUBHEADINGS, TODAY);
        var firms = generator.generate(31, 20_000, 200).firms();
        index.startBulkLoad();
        firms.forEach(f -> index.put(Profile.of(f.profile())));
        for (int q = 0; q < 10; q++) { // during a bulk load every posting is in a tail: still exact
            String id = firms.get(q * 997).profile().id();
            assertThat(index.partnersOf(id, 20, PartnerFilter.any(), TODAY).orElseThrow()).as(id)
                    .isEqualTo(index.partnersByScanningAll(id, 20, PartnerFilter.any(), TODAY));
        }
        assertThat(index.postingLists().stream().mapToInt(PostingList::blocks).sum()).as("blocks during the load").isZero();
        index.compact();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 4_000; i++) {
            var f = firms.get(random.nextInt(firms.size()));
            if (i % 2 == 0) {
                index.remove(f.profile().id());
            } else {
                index.put(Profile.of(generator.firm(random, f.profile().economy()).profile()));
            }
        }
        List<PostingList> lists = index.postingLists().stream().filter(l -> l.blocks() > 0).toList();
        assertThat(lists).as("ordered lists").hasSizeGreaterThan(50);
        assertThat(lists.stream().mapToInt(l -> l.size - l.sorted).sum()).as("postings in tails").isPositive();
        assertThat(lists.stream().mapToInt(l -> l.size - l.live()).sum()).as("tombstones").isPositive();
        long blocks = 0;
        long reaching = 0;
        int queries = 0;
        for (int q = 0; q < 60; q++) {
            String id = firms.get(random.nextInt(firms.size())).profile().id();
            if (!index.contains(id)) {
                continue;
            }
            queries++;
            ScoreBound bound = index.boundOf(id, TODAY);
            List<Suggestion> top = index.partnersOf(id, 20, PartnerFilter.any(), TODAY).orElseThrow();
            double twentieth = top.size() < 20 ? 0 : top.get(19).score();
            for (PostingList list : lists) {
                for (int b = 0; b < list.blocks(); b++) {
                    float block = bound.block(list, b, index.maxSought(), -1, 0);
                    for (int p = b * PostingList.BLOCK; p < Math.min(list.sorted, (b + 1) * PostingList.BLOCK); p++) {
                        if (list.ordinals[p] >= 0) {
                            assertThat((double) block).as("block %d of a list, posting %d, query %s", b, p, id)
                                    .isGreaterThanOrEqualTo(bound.whole(list.signatures[p], list.sketches[p],
                                            list.soughtSketches[p], index.maxSought()));
                        }
                    }
                    blocks++;
                    if (block >= twentieth) {
                        reaching++;
                    }
                }
            }
        }
        assertThat(queries).isGreaterThan(40);
        assertThat(reaching).as("blocks reaching the 20th score, of %d", blocks).isLessThan(blocks * 3 / 4);
    }

    private List<String> ids(PartnerFilter filter) {
        return index.partnersOf("cl-tea-importer", 20, filter, TODAY).orElseThrow().stream()
                .map(Suggestion::partnerId).toList();
    }
}

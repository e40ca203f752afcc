package org.smenet.kit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.smenet.contracts.registry.CooperationType;

/**
 * Synthetic SMEs that look like real ones (the node's demo data and matchmaking's benchmark use the same
 * generator, so the demo shows believable firms and believable matches), over the real HS 2022 and ISIC Rev.4 codes: each is drawn
 * from a trade {@link Archetype} (common trades, as in real trade, far more often than rare ones), sells
 * subheadings of its trade's headings and buys its trade's inputs, targets a few of the larger APEC
 * markets, speaks its economy's language and often English. Every {@code plantEvery}-th firm gets a
 * planted partner: a firm made to complement it (sells exactly what it seeks, seeks what it sells, fits
 * its cooperation types, is in a market it targets and targets its economy, holds what it requires and
 * requires what it holds, active today; a firm that named no market is given the partner's), so that a
 * ranking can be checked for recall. Deterministic: the same seed gives the same firms.
 */
public final class SyntheticFirms {

    /** A generated firm: its profile, a believable legal name and its trade. */
    public record Firm(FirmProfile profile, String legalName, String trade) {
    }

    /** A firm and the partner planted for it. */
    public record PlantedPair(String firmId, String partnerId) {
    }

    private static final String[] ECONOMIES = {"CN", "US", "JP", "KR", "TW", "HK", "SG", "MY", "TH", "VN", "ID",
            "PH", "AU", "CA", "MX", "CL", "PE", "NZ", "RU", "BN", "PG"};
    private static final int[] ECONOMY_WEIGHTS = {18, 14, 10, 8, 6, 4, 4, 5, 6, 6, 6, 4, 4, 4, 5, 4, 3, 2, 3, 1, 1};
    private static final Map<String, String> LANGUAGE = Map.ofEntries(Map.entry("CN", "zh"), Map.entry("US", "en"),
            Map.entry("JP", "ja"), Map.entry("KR", "ko"), Map.entry("TW", "zh"), Map.entry("HK", "zh"),
            Map.entry("SG", "en"), Map.entry("MY", "ms"), Map.entry("TH", "th"), Map.entry("VN", "vi"),
            Map.entry("ID", "id"), Map.entry("PH", "fil"), Map.entry("AU", "en"), Map.entry("CA", "en"),
            Map.entry("MX", "es"), Map.entry("CL", "es"), Map.entry("PE", "es"), Map.entry("NZ", "en"),
            Map.entry("RU", "ru"), Map.entry("BN", "ms"), Map.entry("PG", "en"));
    private static final Map<String, String[]> PLACES = Map.ofEntries(
            Map.entry("CL", new String[] {"Maule", "Biobío", "Atacama", "Valparaíso", "Araucanía"}),
            Map.entry("PE", new String[] {"Arequipa", "Cusco", "Piura", "Chiclayo", "Junín"}),
            Map.entry("MX", new String[] {"Jalisco", "Oaxaca", "Puebla", "Sonora", "Yucatán"}),
            Map.entry("VN", new String[] {"Dak Lak", "Binh Duong", "Hai Phong", "Can Tho", "Da Nang"}),
            Map.entry("TH", new String[] {"Chiang Mai", "Rayong", "Khon Kaen", "Songkhla", "Ayutthaya"}),
            Map.entry("ID", new String[] {"Bandung", "Surabaya", "Medan", "Semarang", "Makassar"}),
            Map.entry("PH", new String[] {"Cebu", "Davao", "Iloilo", "Batangas", "Pampanga"}),
            Map.entry("MY", new String[] {"Penang", "Johor", "Selangor", "Sabah", "Melaka"}),
            Map.entry("CN", new String[] {"Ningbo", "Xiamen", "Foshan", "Chengdu", "Qingdao"}),
            Map.entry("JP", new String[] {"Shizuoka", "Niigata", "Osaka", "Fukuoka", "Nagano"}),
            Map.entry("KR", new String[] {"Busan", "Daegu", "Incheon", "Gwangju", "Ulsan"}),
            Map.entry("US", new String[] {"Cascade", "Great Lakes", "Gulf Coast", "Bay Area", "Carolina"}),
            Map.entry("AU", new String[] {"Riverina", "Barossa", "Hunter Valley", "Pilbara", "Tasman"}),
            Map.entry("NZ", new String[] {"Canterbury", "Waikato", "Otago", "Hawke's Bay", "Nelson"}),
            Map.entry("CA", new String[] {"Okanagan", "Prairie", "Laurentian", "Maritime", "Fraser"}));
    private static final Map<String, String> SUFFIX = Map.ofEntries(Map.entry("CL", "SpA"), Map.entry("PE", "S.A.C."),
            Map.entry("MX", "S.A. de C.V."), Map.entry("VN", "Joint Stock Company"), Map.entry("TH", "Co., Ltd."),
            Map.entry("ID", "PT"), Map.entry("MY", "Sdn. Bhd."), Map.entry("PH", "Inc."), Map.entry("CN", "Co., Ltd."),
            Map.entry("JP", "K.K."), Map.entry("KR", "Co., Ltd."), Map.entry("US", "LLC"), Map.entry("AU", "Pty Ltd"),
            Map.entry("NZ", "Limited"), Map.entry("CA", "Inc."), Map.entry("SG", "Pte. Ltd."));
    private static final String[] MARKETS = {"US", "CN", "JP", "KR", "SG", "AU", "CA", "MX", "HK", "TW", "VN", "TH"};

    private final Map<String, List<String>> subheadings = new HashMap<>();
    private final List<Archetype> archetypes;
    private final int totalWeight;
    private final LocalDate today;

    /**
     * @param hsSubheadings every HS 2022 subheading (6 digits), to draw real codes under each heading
     * @param today the day activity ages are counted from
     */
    public SyntheticFirms(List<String> hsSubheadings, LocalDate today) {
        for (String code : hsSubheadings) {
            subheadings.computeIfAbsent(code.substring(0, 4), k -> new ArrayList<>()).add(code);
        }
        this.archetypes = Archetype.ALL;
        this.totalWeight = archetypes.stream().mapToInt(Archetype::weight).sum();
        this.today = today;
    }

    /** Every code the archetypes use, to check against the reference data. */
    public static Set<String> headingsUsed() {
        Set<String> used = new LinkedHashSet<>();
        Archetype.ALL.forEach(a -> {
            used.addAll(a.offers());
            used.addAll(a.seeks());
        });
        return used;
    }

    public static Set<String> isicUsed() {
        Set<String> used = new LinkedHashSet<>();
        Archetype.ALL.forEach(a -> used.add(a.isic()));
        return used;
    }

    /** Result of {@link #generate}: the firms, in order, and the planted pairs among them. */
    public record Population(List<Firm> firms, List<PlantedPair> planted) {
    }

    /** {@code count} firms; after every {@code plantEvery}-th firm its planted partner follows (0: none). */
    public Population generate(long seed, int count, int plantEvery) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Firm> firms = new ArrayList<>(count);
        List<PlantedPair> planted = new ArrayList<>();
        while (firms.size() < count) {
            Firm firm = firm(random, null);
            firms.add(firm);
            if (plantEvery > 0 && firms.size() % plantEvery == 0 && firms.size() < count) {
                Firm partner = partnerOf(random, firm);
                FirmProfile p = firm.profile();
                if (!p.targetEconomies().contains(partner.profile().economy())) {
                    // a firm that named no market wants the planted partner's: the pair is a mutual fit
                    List<String> targets = new ArrayList<>(p.targetEconomies());
                    targets.add(partner.profile().economy());
                    firms.set(firms.size() - 1, new Firm(new FirmProfile(p.id(), p.economy(), p.isicCodes(),
                            p.hsOffered(), p.hsSought(), p.cooperationOffered(), p.cooperationSought(),
                            List.copyOf(targets), p.certifications(), p.certificationsRequired(), p.languages(),
                            p.verified(), p.lastActivity()), firm.legalName(), firm.trade()));
                }
                firms.add(partner);
                planted.add(new PlantedPair(firm.profile().id(), partner.profile().id()));
            }
        }
        return new Population(firms, planted);
    }

    /** One firm of {@code economy} (or of a drawn economy when null). */
    public Firm firm(SplittableRandom random, String economy) {
        Archetype trade = pick(random);
        String home = economy != null ? economy : ECONOMIES[weighted(random, ECONOMY_WEIGHTS)];
        List<String> offers = codes(random, trade.offers(), 1 + random.nextInt(Math.min(3, trade.offers().size())));
        List<String> seeks = codes(random, trade.seeks(), 1 + random.nextInt(Math.min(2, trade.seeks().size())));
        Set<CooperationType> offered = EnumSet.of(CooperationType.SUPPLY);
        Set<CooperationType> sought = EnumSet.noneOf(CooperationType.class);
        if (random.nextInt(100) < 60) {
            sought.add(CooperationType.DISTRIBUTION);
        }
        if (random.nextInt(100) < 30) {
            sought.add(CooperationType.SUPPLY);
        }
        if (trade.manufacturer() && random.nextInt(100) < 30) {
            offered.add(CooperationType.SUBCONTRACTING);
        }
        if (random.nextInt(100) < 10) {
            sought.add(random.nextBoolean() ? CooperationType.JOINT_VENTURE : CooperationType.TECHNOLOGY_TRANSFER);
        }
        if (random.nextInt(100) < 8) {
            sought.add(CooperationType.INVESTMENT);
        }
        if (random.nextInt(100) < 15) {
            offered.add(CooperationType.DISTRIBUTION);
        }
        return build(random, trade, home, offers, seeks, offered, sought, markets(random, home),
                List.of(trade.certifications().get(random.nextInt(trade.certifications().size()))),
                random.nextInt(100) < 20 ? List.of(trade.certifications().get(0)) : List.of(), random.nextInt(100) < 60);
    }

    /** A firm made to complement {@code firm}: another economy, selling what it seeks, buying what it sells. */
    private Firm partnerOf(SplittableRandom random, Firm firm) {
        FirmProfile p = firm.profile();
        // a market the firm targets, when it names one: a planted partner is where the firm wants to sell
        String economy = p.targetEconomies().isEmpty() ? null
                : p.targetEconomies().get(random.nextInt(p.targetEconomies().size()));
        while (economy == null || economy.equals(p.economy())) {
            economy = ECONOMIES[weighted(random, ECONOMY_WEIGHTS)];
        }
        Archetype trade = archetypes.stream().filter(a -> a.offers().contains(p.hsSought().get(0).substring(0, 4)))
                .findFirst().orElse(pick(random));
        Set<CooperationType> offered = EnumSet.of(CooperationType.SUPPLY);
        offered.addAll(p.cooperationSought());
        Set<CooperationType> sought = EnumSet.copyOf(p.cooperationOffered());
        List<String> markets = new ArrayList<>(markets(random, economy));
        markets.remove(p.economy());
        markets.add(0, p.economy());
        List<String> certifications = new ArrayList<>(p.certificationsRequired());
        if (certifications.isEmpty()) {
            certifications.add(trade.certifications().get(0));
        }
        Firm partner = build(random, trade, economy, p.hsSought(), p.hsOffered(), offered, sought, markets,
                certifications, p.certifications(), true, p.languages().get(p.languages().size() - 1));
        FirmProfile q = partner.profile();
        return new Firm(new FirmProfile(q.id(), q.economy(), q.isicCodes(), q.hsOffered(), q.hsSought(),
                q.cooperationOffered(), q.cooperationSought(), q.targetEconomies(), q.certifications(),
                q.certificationsRequired(), q.languages(), q.verified(), today), partner.legalName(), partner.trade());
    }

    private Firm build(SplittableRandom random, Archetype trade, String economy, List<String> offers, List<String> seeks,
            Set<CooperationType> offered, Set<CooperationType> sought, List<String> markets,
            List<String> certifications, List<String> required, boolean verified, String... extraLanguages) {
        String language = LANGUAGE.getOrDefault(economy, "en");
        Set<String> languages = new LinkedHashSet<>();
        languages.add(language);
        if (!language.equals("en") && random.nextInt(100) < 70) {
            languages.add("en");
        }
        languages.addAll(List.of(extraLanguages));
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        LocalDate lastActivity = today.minusDays((long) (-Math.log(1 - random.nextDouble()) * 120));
        FirmProfile profile = new FirmProfile(id, economy, List.of(trade.isic()), List.copyOf(offers), List.copyOf(seeks),
                offered, sought, List.copyOf(markets), List.copyOf(certifications),
                List.copyOf(required), List.copyOf(languages), verified, lastActivity);
        return new Firm(profile, name(random, economy, trade), trade.trade());
    }

    private String name(SplittableRandom random, String economy, Archetype trade) {
        String[] places = PLACES.getOrDefault(economy, new String[] {"Pacific", "Golden Bay", "Summit", "Harbour"});
        String place = places[random.nextInt(places.length)];
        String suffix = SUFFIX.getOrDefault(economy, "Ltd.");
        return "PT".equals(suffix) ? "PT " + place + " " + trade.trade() : place + " " + trade.trade() + " " + suffix;
    }

    /** {@code n} distinct real codes under distinct headings: a subheading mostly, sometimes the heading itself. */
    private List<String> codes(SplittableRandom random, List<String> headings, int n) {
        List<String> pool = new ArrayList<>(headings);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            String heading = pool.remove(random.nextInt(pool.size()));
            List<String> under = subheadings.get(heading);
            codes.add(under == null || random.nextInt(100) < 10 ? heading : under.get(random.nextInt(under.size())));
        }
        return codes;
    }

    private List<String> markets(SplittableRandom random, String home) {
        Set<String> markets = new LinkedHashSet<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String market = MARKETS[random.nextInt(MARKETS.length)];
            if (!market.equals(home)) {
                markets.add(market);
            }
        }
        return List.copyOf(markets);
    }

    private Archetype pick(SplittableRandom random) {
        int r = random.nextInt(totalWeight);
        for (Archetype a : archetypes) {
            r -= a.weight();
            if (r < 0) {
                return a;
            }
        }
        return archetypes.get(archetypes.size() - 1);
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

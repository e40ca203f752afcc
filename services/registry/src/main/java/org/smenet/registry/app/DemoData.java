package org.smenet.registry.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.domain.Enterprise;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.node.HostedEconomies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Seeds a demonstration network for the economies this node hosts (others' demo data comes from their
 * own nodes through federation): per economy a focal point (org {@code org-<eco>-fp-1}, as in the dev
 * identity provider), two clusters, and enterprises with real HS and ISIC codes, most verified and
 * public. The first enterprise of each economy belongs to the demo SME account ({@code org-<eco>-sme-1}).
 * Goes through the same use cases as the API, so every record raises its events, and the focal point
 * verifies only once its designation has reached the registry's designations (as any verifier must).
 * Deterministic and repeatable: running it again adds nothing that exists.
 */
@Component
public class DemoData {

    /** How long seeding waits for a new designation to come back through Kafka. */
    static final Duration DESIGNATION_WAIT = Duration.ofSeconds(30);

    private static final String[] WORDS = {"Andes", "Mekong", "Pacific", "Sunrise", "Coral", "Highland", "Harbor",
            "Jade", "Condor", "Lotus", "Summit", "Delta", "Orchid", "Volcano", "Bamboo", "Copper", "Silk", "Reef"};
    private static final String[] TRADES = {"Foods", "Textiles", "Logistics", "Machinery", "Coffee", "Seafood",
            "Software", "Furniture", "Ceramics", "Agro", "Metals", "Packaging", "Spices", "Electronics"};

    private final EnterpriseService enterprises;
    private final FocalPointService focalPoints;
    private final ClusterService clusters;
    private final Authority authority;
    private final HostedEconomies hosted;
    private final ReferenceData reference;

    public DemoData(EnterpriseService enterprises, FocalPointService focalPoints, ClusterService clusters,
            Authority authority, HostedEconomies hosted, ReferenceData reference) {
        this.enterprises = enterprises;
        this.focalPoints = focalPoints;
        this.clusters = clusters;
        this.authority = authority;
        this.hosted = hosted;
        this.reference = reference;
    }

    /**
     * Who may seed, before anything streams: the node must run in demo mode, and the actor must be the
     * network operator or the administrator of a hosted economy; the data is for the hosted economies
     * the actor may seed.
     */
    public List<String> economiesFor(Actor actor) {
        if (!hosted.demoMode()) {
            throw new RuleViolation("not-in-demo-mode", HttpStatus.FORBIDDEN, null,
                    "Demo data is generated only on a node running in demo mode (SMENET_DEMO=true)");
        }
        hosted.requireHosted(actor);
        List<String> economies = hosted.list().stream()
                .filter(economy -> enterprises.access().canSeedDemoData(actor, economy)).toList();
        if (economies.isEmpty()) {
            throw RuleViolation.forbidden("Only the network operator or an economy administrator seeds demo data");
        }
        return economies;
    }

    /** Seeds {@code count} enterprises spread over {@code economies}; reports progress line by line. */
    public int seed(List<String> economies, int count, Consumer<String> progress) {
        if (count < 1 || count > 5000) {
            throw RuleViolation.invalid("enterprises", "enterprises must be between 1 and 5000");
        }
        Random random = new Random(20261127L);
        // the same generator as matchmaking's benchmark: believable firms (a coffee roaster in ISIC 1079 offers
        // 0901 and seeks packaging), so the demo shows believable matches
        org.smenet.kit.demo.SyntheticFirms firms = new org.smenet.kit.demo.SyntheticFirms(
                reference.hsCodesAtLevel(6), java.time.LocalDate.now());
        java.util.SplittableRandom firmRandom = new java.util.SplittableRandom(20261127L);
        List<String> classes = reference.isicCodesAtLevel("class");
        int created = 0;
        for (String economy : economies) {
            seedInstitutions(economy, random, classes);
        }
        for (String economy : economies) {
            awaitDesignation(economy, progress);
        }
        progress.accept("focal points and clusters ready in " + String.join(", ", economies));
        for (int i = 0; i < count; i++) {
            String economy = economies.get(i % economies.size());
            int index = i / economies.size() + 1;
            String eco = economy.toLowerCase();
            Actor owner = new Actor("demo", economy, "org-" + eco + "-sme-" + index, Set.of(Role.SME));
            Actor focal = new Actor("demo", economy, "org-" + eco + "-fp-1", Set.of(Role.FOCAL_POINT));
            String registration = economy + "-DEMO-" + String.format("%05d", index);
            org.smenet.kit.demo.SyntheticFirms.Firm firm = firms.firm(firmRandom, economy);
            EnterpriseRequest request = request(registration, random, firm);
            boolean verify = firm.profile().verified() || random.nextInt(10) < 5;
            boolean join = random.nextBoolean();
            // seeded by an earlier run? (the random draws above happen anyway, so later firms stay the same)
            boolean seededBefore = enterprises.claimed(economy, registration, owner.org());
            try {
                if (seededBefore) {
                    reportProgress(i, count, created, progress);
                    continue;
                }
                Enterprise enterprise = enterprises.register(owner, request);
                if (verify) {
                    enterprises.verify(focal, enterprise.id());
                }
                String cluster = "cluster-" + eco + "-" + (1 + (registration.hashCode() & 1));
                if (join && clusters.exists(cluster)) {
                    enterprises.join(focal, cluster, enterprise.id());
                }
                created++;
            } catch (RuleViolation held) {
                if (!"registration-number-held".equals(held.kind())) {
                    throw held;
                }
            }
            reportProgress(i, count, created, progress);
        }
        progress.accept("done: " + created + " enterprises created");
        return created;
    }

    private static void reportProgress(int i, int count, int created, Consumer<String> progress) {
        if ((i + 1) % 25 == 0 || i + 1 == count) {
            progress.accept("enterprises " + (i + 1) + "/" + count + " (" + created + " new)");
        }
    }

    private void seedInstitutions(String economy, Random random, List<String> classes) {
        String eco = economy.toLowerCase();
        Actor admin = new Actor("demo", economy, "org-" + eco + "-admin", Set.of(Role.ECONOMY_ADMIN));
        String focalPointId = "fp-" + eco + "-1";
        if (!focalPoints.exists(focalPointId)) {
            focalPoints.designate(admin, focalPointId, new FocalPointRequest(
                    reference.economyName(economy).orElse(economy) + " SME Centre", FocalPointKind.SME_CENTRE,
                    List.of(FocalPointFunction.values()), "org-" + eco + "-fp-1", "https://sme." + eco + ".example",
                    List.of(new FocalPointRequest.ContactPersonRequest("SME desk", "Coordinator",
                            "desk@sme." + eco + ".example", "+00 000 0000"))));
        }
        for (int n = 1; n <= 2; n++) {
            String clusterId = "cluster-" + eco + "-" + n;
            if (!clusters.exists(clusterId)) {
                String sector = classes.get(random.nextInt(classes.size()));
                clusters.form(admin, clusterId, new ClusterRequest(
                        reference.isic(sector).map(c -> shorten(c.description())).orElse(sector) + " cluster",
                        sector, "Region " + n, focalPointId, "Demonstration cluster"));
            }
        }
    }

    /** The demo focal point verifies through the same designations as anyone: wait until they know it. */
    private void awaitDesignation(String economy, Consumer<String> progress) {
        Actor focal = new Actor("demo", economy, "org-" + economy.toLowerCase() + "-fp-1", Set.of(Role.FOCAL_POINT));
        long deadline = System.nanoTime() + DESIGNATION_WAIT.toNanos();
        boolean told = false;
        while (!authority.isFocalPoint(focal, economy, FocalPointFunction.VERIFICATION)) {
            if (System.nanoTime() > deadline) {
                throw new RuleViolation("designation-not-propagated", HttpStatus.SERVICE_UNAVAILABLE, null,
                        "The demo focal point of " + economy + " did not reach the designations within "
                                + DESIGNATION_WAIT.toSeconds() + " s; is Kafka up?");
            }
            if (!told) {
                progress.accept("waiting for the focal-point designation of " + economy + " to come back from Kafka");
                told = true;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private EnterpriseRequest request(String registration, Random random, org.smenet.kit.demo.SyntheticFirms.Firm firm) {
        org.smenet.kit.demo.FirmProfile profile = firm.profile();
        String name = firm.legalName() + " " + registration.substring(registration.length() - 3);
        List<String> isic = profile.isicCodes().stream().filter(reference::isIsicCode).toList();
        return new EnterpriseRequest(registration, name, SizeClass.values()[random.nextInt(3)],
                1960 + random.nextInt(64), isic.isEmpty() ? List.of("4690") : isic,
                profile.hsOffered().stream().filter(reference::isHsCode).toList(),
                profile.hsSought().stream().filter(reference::isHsCode).toList(),
                List.copyOf(profile.cooperationOffered()), List.copyOf(profile.cooperationSought()),
                profile.targetEconomies().stream().filter(e -> reference.economies().containsKey(e)).toList(),
                profile.certifications(), profile.languages(),
                "https://" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example",
                new EnterpriseRequest.ContactRequest("Owner", "owner@" + registration.toLowerCase() + ".example", null),
                random.nextInt(10) < 8);
    }

    private static <T> List<T> pick(List<T> from, int n, Random random) {
        List<T> picked = new ArrayList<>();
        while (picked.size() < n) {
            T candidate = from.get(random.nextInt(from.size()));
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

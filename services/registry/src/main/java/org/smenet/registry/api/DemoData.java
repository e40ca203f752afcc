package org.smenet.registry.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.stereotype.Component;

/**
 * Seeds a demonstration network: per economy a focal point (org {@code org-<eco>-fp-1}, as in the dev
 * identity provider), two clusters, and enterprises with real HS and ISIC codes, most verified and
 * public. The first enterprise of each economy belongs to the demo SME account ({@code org-<eco>-sme-1}).
 * Goes through the same use cases as the API, so every record raises its events. Deterministic and
 * repeatable: running it again adds nothing that exists.
 */
@Component
public class DemoData {

    static final List<String> ECONOMIES = List.of("CL", "VN", "TH", "AU", "JP", "MX", "PE", "MY");

    private static final String[] WORDS = {"Andes", "Mekong", "Pacific", "Sunrise", "Coral", "Highland", "Harbor",
            "Jade", "Condor", "Lotus", "Summit", "Delta", "Orchid", "Volcano", "Bamboo", "Copper", "Silk", "Reef"};
    private static final String[] TRADES = {"Foods", "Textiles", "Logistics", "Machinery", "Coffee", "Seafood",
            "Software", "Furniture", "Ceramics", "Agro", "Metals", "Packaging", "Spices", "Electronics"};

    private final EnterpriseService enterprises;
    private final FocalPointService focalPoints;
    private final FocalPointStore focalPointStore;
    private final ClusterStore clusterStore;
    private final ReferenceData reference;

    public DemoData(EnterpriseService enterprises, FocalPointService focalPoints, FocalPointStore focalPointStore,
            ClusterStore clusterStore, ReferenceData reference) {
        this.enterprises = enterprises;
        this.focalPoints = focalPoints;
        this.focalPointStore = focalPointStore;
        this.clusterStore = clusterStore;
        this.reference = reference;
    }

    /** Seeds {@code count} enterprises spread over the demo economies; reports progress line by line. */
    public int seed(int count, Consumer<String> progress) {
        if (count < 1 || count > 5000) {
            throw RuleViolation.invalid("enterprises", "enterprises must be between 1 and 5000");
        }
        Random random = new Random(20261127L);
        List<String> subheadings = reference.hsCodesAtLevel(6);
        List<String> classes = reference.isicCodesAtLevel("class");
        int created = 0;
        for (String economy : ECONOMIES) {
            seedInstitutions(economy, random, classes);
        }
        progress.accept("focal points and clusters ready in " + ECONOMIES.size() + " economies");
        for (int i = 0; i < count; i++) {
            String economy = ECONOMIES.get(i % ECONOMIES.size());
            int index = i / ECONOMIES.size() + 1;
            String eco = economy.toLowerCase();
            Actor owner = new Actor("demo", economy, "org-" + eco + "-sme-" + index, Set.of(Role.SME));
            Actor focal = new Actor("demo", economy, "org-" + eco + "-fp-1", Set.of(Role.FOCAL_POINT));
            String registration = economy + "-DEMO-" + String.format("%05d", index);
            try {
                Enterprise enterprise = enterprises.register(owner, request(registration, random, subheadings, classes));
                if (random.nextInt(10) < 7) {
                    enterprises.verify(focal, enterprise.id());
                }
                String cluster = "cluster-" + eco + "-" + (1 + random.nextInt(2));
                if (random.nextBoolean() && clusterStore.find(cluster).isPresent()) {
                    enterprises.join(focal, cluster, enterprise.id());
                }
                created++;
            } catch (RuleViolation duplicate) {
                if (!"duplicate-registration-number".equals(duplicate.kind())) {
                    throw duplicate;
                }
            }
            if ((i + 1) % 25 == 0 || i + 1 == count) {
                progress.accept("enterprises " + (i + 1) + "/" + count + " (" + created + " new)");
            }
        }
        progress.accept("done: " + created + " enterprises created");
        return created;
    }

    private void seedInstitutions(String economy, Random random, List<String> classes) {
        String eco = economy.toLowerCase();
        Actor admin = new Actor("demo", economy, "org-" + eco + "-admin", Set.of(Role.ECONOMY_ADMIN));
        String focalPointId = "fp-" + eco + "-1";
        if (focalPointStore.find(focalPointId).isEmpty()) {
            focalPoints.designate(admin, focalPointId, new FocalPointRequest(
                    reference.economyName(economy).orElse(economy) + " SME Centre", FocalPointKind.SME_CENTRE,
                    List.of(FocalPointFunction.values()), "org-" + eco + "-fp-1", "https://sme." + eco + ".example",
                    List.of(new FocalPointRequest.ContactPersonRequest("SME desk", "Coordinator",
                            "desk@sme." + eco + ".example", "+00 000 0000"))));
        }
        for (int n = 1; n <= 2; n++) {
            String clusterId = "cluster-" + eco + "-" + n;
            if (clusterStore.find(clusterId).isEmpty()) {
                String sector = classes.get(random.nextInt(classes.size()));
                focalPoints.form(admin, clusterId, new ClusterRequest(
                        reference.isic(sector).map(c -> shorten(c.description())).orElse(sector) + " cluster",
                        sector, "Region " + n, focalPointId, "Demonstration cluster"));
            }
        }
    }

    private EnterpriseRequest request(String registration, Random random, List<String> subheadings,
            List<String> classes) {
        String name = WORDS[random.nextInt(WORDS.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " "
                + registration.substring(registration.length() - 3);
        List<String> offered = pick(subheadings, 1 + random.nextInt(3), random);
        List<String> sought = pick(subheadings, random.nextInt(3), random);
        List<CooperationType> types = List.of(CooperationType.values());
        List<String> targets = pick(new ArrayList<>(reference.economies().keySet()), 1 + random.nextInt(3), random);
        return new EnterpriseRequest(registration, name, SizeClass.values()[random.nextInt(3)],
                1960 + random.nextInt(64), pick(classes, 1 + random.nextInt(2), random), offered, sought,
                List.copyOf(EnumSet.copyOf(pick(types, 1 + random.nextInt(2), random))),
                List.copyOf(EnumSet.copyOf(pick(types, 1, random))), targets, List.of(), List.of("en"),
                "https://" + name.toLowerCase().replace(' ', '-') + ".example",
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

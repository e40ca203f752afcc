package org.smenet.matchmaking.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.demo.SyntheticFirms;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.matchmaking.MatchmakingIntegration;
import org.smenet.matchmaking.MatchmakingTestSupport;
import org.smenet.matchmaking.MatchmakingTestSupport.Registry;
import org.smenet.matchmaking.domain.Match;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.store.MatchStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * A profile event on the broker → its new suggestion readable in the store, through the real consumer path
 * (the registry's event on the real broker, matchmaking's listener: read-model upsert, re-index, top 20 from
 * the index, one match insert with its outbox), with the partner index holding a synthetic population
 * (default 1,000,000 firms, put straight into the index as the service's start-up load would). Each round
 * registers a partner (waits until it is indexed), then starts the clock, sends the registration of a firm that
 * complements it (a random pair of real HS subheadings, so no round ties with another) and polls the
 * {@code matches} collection until the pair's match is there. Not part of the test suite (no {@code *Test}
 * name); run by {@code bench/matchmaking/event-to-suggestion.sh}, which prints the table it writes.
 */
@MatchmakingIntegration
class ProfileEventToSuggestionBenchmark {

    @Autowired
    PartnerIndex index;
    @Autowired
    MatchStore matches;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void profileEventToReadableSuggestion() throws IOException {
        int population = Integer.getInteger("bench.profiles", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 200);
        int warmup = Integer.getInteger("bench.warmup", 30);
        List<String> subheadings = new ReferenceData().hsCodesAtLevel(6);
        SyntheticFirms generator = new SyntheticFirms(subheadings, LocalDate.now());

        long t0 = System.nanoTime();
        List<SyntheticFirms.Firm> firms = new ArrayList<>(generator.generate(20261128, population, 0).firms());
        for (int i = 0; i < firms.size(); i++) {
            index.put(Profile.of(firms.get(i).profile()));
            firms.set(i, null);
        }
        firms = null;
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SplittableRandom random = new SplittableRandom(7);
        long[] elapsed = new long[rounds];
        long cpu = 0;
        try (Registry registry = new Registry(bootstrap, json)) {
            for (int r = 0; r < warmup + rounds; r++) {
                String a = subheadings.get(random.nextInt(subheadings.size()));
                String b = subheadings.get(random.nextInt(subheadings.size()));
                String partner = MatchmakingTestSupport.unique("bench-partner");
                String firm = MatchmakingTestSupport.unique("bench-firm");
                registry.send(registered(registry, partner, profile("Partner " + r, a, b, CooperationType.SUPPLY,
                        CooperationType.DISTRIBUTION)));
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                        .until(() -> index.contains(partner));
                String matchId = Match.idOf(firm, partner);
                long cpuBefore = os.getProcessCpuTime();
                long start = System.nanoTime();
                registry.send(registered(registry, firm, profile("Firm " + r, b, a, CooperationType.DISTRIBUTION,
                        CooperationType.SUPPLY)));
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(1)).until(() -> matches.find(matchId).isPresent());
                long took = System.nanoTime() - start;
                if (r >= warmup) {
                    elapsed[r - warmup] = took;
                    cpu += os.getProcessCpuTime() - cpuBefore;
                }
            }
        }
        long[] sorted = elapsed.clone();
        Arrays.sort(sorted);
        String table = String.format("""
                | measure | value | goal |
                | --- | ---: | --- |
                | profiles in the index | %,d (+ %,d registered by the rounds) | 1,000,000 |
                | profile event on the broker → its suggestion readable in the store, p50 (%d rounds) | %.1f ms | |
                | p90 | %.1f ms | |
                | p99 | %.1f ms | ≤ 1 s |
                | max | %.1f ms | |
                | CPU of the whole test JVM per round (broker, store, service, this bench's polling) | %.1f ms | |
                | index load (generate + put, in memory) | %.1f s | |

                load average at the end: %.1f on %d cores; JVM max heap %d MiB; finished %s
                """, index.size(), 2 * (warmup + rounds), rounds, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, cpu / 1e6 / rounds, loadSeconds,
                os.getSystemLoadAverage(), os.getAvailableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Instant.now());
        System.out.println(table);
        Files.writeString(Path.of("target", "bench-event-to-suggestion.md"), table);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static EnterpriseProfile profile(String name, String offers, String seeks, CooperationType offered,
            CooperationType sought) {
        return MatchmakingTestSupport.profile(name, List.of("4630"), List.of(offers), List.of(seeks), List.of(offered),
                List.of(sought), List.of("CL"));
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> registered(Registry registry,
            String id, EnterpriseProfile profile) {
        return registry.event(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.ENTERPRISE_REGISTERED, id, "CL", 1,
                new EnterpriseRegistered(id, "CL", "RN-" + id, "org-" + id, profile, Instant.now()));
    }
}

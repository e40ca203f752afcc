package org.smenet.matchmaking.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.smenet.kit.demo.SyntheticFirms;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.matchmaking.domain.PartnerFilter;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.smenet.matchmaking.domain.Profile;
import org.smenet.matchmaking.domain.Suggestion;
import org.smenet.matchmaking.domain.Weights;

/**
 * The matchmaking index on a synthetic population (default 1,000,000 firms, one planted pair per 1,000):
 * rebuild time, memory per profile, top-20 latency against scoring every profile, agreement between the
 * two, recall@20 of the planted partners, and the in-memory part of a profile change (re-index and
 * recompute its top 20). Run by {@code bench/matchmaking/run.sh}; prints a Markdown table.
 */
public final class PartnerIndexBenchmark {

    public static void main(String[] args) {
        int count = Integer.parseInt(System.getProperty("profiles", "1000000"));
        int queries = Integer.parseInt(System.getProperty("queries", "10000"));
        int scans = Integer.parseInt(System.getProperty("scans", "50"));
        long seed = Long.parseLong(System.getProperty("seed", "20261128"));
        LocalDate today = LocalDate.of(2026, 11, 28);

        SyntheticFirms generator = new SyntheticFirms(new ReferenceData().hsCodesAtLevel(6), today);
        long heapBefore = usedHeap(); // the empty JVM: the index's share is what the heap holds more after indexing
        long t0 = System.nanoTime();
        SyntheticFirms.Population population = generator.generate(seed, count, 1000);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        List<SyntheticFirms.PlantedPair> planted = population.planted();
        System.err.printf("generated %,d firms (%,d planted pairs) in %.1f s%n", population.firms().size(),
                planted.size(), generateSeconds);

        // only ids and economies are kept: the generator's firms are dropped as they are indexed, so that the
        // heap holds what the service would hold (the index), with the service's JVM flags
        int n = population.firms().size();
        String[] allIds = new String[n];
        String[] allEconomies = new String[n];
        List<SyntheticFirms.Firm> firms = new ArrayList<>(population.firms());
        population = null;
        PartnerIndex index = new PartnerIndex(Weights.defaults(), List.of());
        long t1 = System.nanoTime();
        index.startBulkLoad(); // as the service does when it loads its read model
        for (int i = 0; i < n; i++) {
            Profile profile = Profile.of(firms.get(i).profile());
            firms.set(i, null);
            allIds[i] = profile.id();
            allEconomies[i] = profile.economy();
            index.put(profile);
        }
        index.compact(); // as the service does after loading its read model
        double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
        firms = null;
        long heapAfter = usedHeap();
        long counted = index.bytes();
        System.err.printf("indexed in %.1f s%n", rebuildSeconds);

        SplittableRandom random = new SplittableRandom(seed + 1);
        String[] ids = new String[queries];
        for (int i = 0; i < queries; i++) {
            ids[i] = allIds[random.nextInt(n)];
        }
        for (int i = 0; i < Math.min(queries, 2000); i++) { // JIT warm-up on other queries
            index.partnersOf(allIds[random.nextInt(n)], 20, PartnerFilter.any(), today);
        }
        // wall time, and this thread's CPU time: on a shared machine the wall clock also counts other processes
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] indexed = new long[queries];
        long[] indexedCpu = new long[queries];
        long candidatesFound = 0;
        for (int i = 0; i < queries; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            candidatesFound += index.partnersOf(ids[i], 20, PartnerFilter.any(), today).orElseThrow().size();
            indexed[i] = System.nanoTime() - s;
            indexedCpu[i] = threads.getCurrentThreadCpuTime() - c;
        }

        long[] scanned = new long[scans];
        long[] scannedCpu = new long[scans];
        int agree = 0;
        for (int i = 0; i < scans; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<Suggestion> all = index.partnersByScanningAll(ids[i], 20, PartnerFilter.any(), today);
            scanned[i] = System.nanoTime() - s;
            scannedCpu[i] = threads.getCurrentThreadCpuTime() - c;
            if (all.equals(index.partnersOf(ids[i], 20, PartnerFilter.any(), today).orElseThrow())) {
                agree++;
            }
        }

        int found = 0;
        int asked = 0;
        for (SyntheticFirms.PlantedPair pair : planted) {
            for (String[] side : new String[][] {{pair.firmId(), pair.partnerId()}, {pair.partnerId(), pair.firmId()}}) {
                asked++;
                Set<String> top = new HashSet<>();
                index.partnersOf(side[0], 20, PartnerFilter.any(), today).orElseThrow()
                        .forEach(s -> top.add(s.partnerId()));
                if (top.contains(side[1])) {
                    found++;
                }
            }
        }

        int changes = Math.min(queries, 2000);
        long[] change = new long[changes];
        long[] changeCpu = new long[changes];
        SplittableRandom edits = new SplittableRandom(seed + 2);
        for (int i = 0; i < changes; i++) {
            int which = edits.nextInt(n);
            Profile after = Profile.of(generator.firm(edits, allEconomies[which]).profile());
            Profile changed = new Profile(allIds[which], after.economy(), after.isicCodes(), after.hsOffered(),
                    after.hsSought(), after.cooperationOffered(), after.cooperationSought(), after.targetEconomies(),
                    after.certifications(), after.certificationsRequired(), after.languages(), after.verified(), today);
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            index.put(changed);
            index.partnersOf(changed.id(), 20, PartnerFilter.any(), today);
            change[i] = System.nanoTime() - s;
            changeCpu[i] = threads.getCurrentThreadCpuTime() - c;
        }

        double p50 = percentile(indexed, 50);
        double cpuP50 = percentile(indexedCpu, 50);
        double scanP50 = percentile(scanned, 50);
        double scanCpuP50 = percentile(scannedCpu, 50);
        System.out.printf("| measure | wall clock | CPU time of the query thread | goal |%n| --- | ---: | ---: | --- |%n");
        System.out.printf("| profiles indexed | %,d (%,d planted pairs) | | 1,000,000 |%n", index.size(), planted.size());
        System.out.printf("| top-20 partners, index, p50 (%,d queries) | %.2f ms | %.2f ms | |%n", queries, p50 / 1e6, cpuP50 / 1e6);
        System.out.printf("| top-20 partners, index, p99 | %.2f ms | %.2f ms | ≤ 10 ms |%n", percentile(indexed, 99) / 1e6,
                percentile(indexedCpu, 99) / 1e6);
        System.out.printf("| top-20 by scoring every profile, p50 (%d queries) | %.1f ms | %.1f ms | |%n", scans,
                scanP50 / 1e6, scanCpuP50 / 1e6);
        System.out.printf("| top-20 by scoring every profile, p99 | %.1f ms | %.1f ms | |%n", percentile(scanned, 99) / 1e6,
                percentile(scannedCpu, 99) / 1e6);
        System.out.printf("| speed-up, p50 scan / p50 index | %.0f× | %.0f× | ≥ 100× |%n", scanP50 / p50, scanCpuP50 / cpuP50);
        System.out.printf("| profile change → its new top 20 (in memory), p50 / p99 | %.2f / %.2f ms | %.2f / %.2f ms | |%n",
                percentile(change, 50) / 1e6, percentile(change, 99) / 1e6, percentile(changeCpu, 50) / 1e6,
                percentile(changeCpu, 99) / 1e6);
        System.out.printf("| full rebuild (index every profile, in memory) | %.1f s | | |%n", rebuildSeconds);
        System.out.printf("| same top 20 from index and scan | %d of %d | | all |%n", agree, scans);
        System.out.printf("| mean suggestions per query | %.1f | | |%n", candidatesFound / (double) queries);
        System.out.printf("| index memory per profile, counted from array sizes | %d B | | ≤ 1,024 B |%n", counted / index.size());
        System.out.printf("| index memory per profile, heap after indexing minus empty heap (with GC; incl. 8 B of the bench's id arrays) | %d B | | ≤ 1,024 B |%n",
                (heapAfter - heapBefore) / index.size());
        System.out.printf("| recall@20 of planted partners (both directions) | %.3f (%d of %d) | | ≥ 0.95 |%n",
                found / (double) asked, found, asked);
        System.out.printf("%nload average at the end: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%nJVM: %s, %s, %d cores, max heap %d MiB; generation took %.1f s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, generateSeconds);
    }

    private static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

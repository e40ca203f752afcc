import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.smenet.consultation.domain.Answer;
import org.smenet.consultation.domain.Consultation;
import org.smenet.consultation.domain.Question;
import org.smenet.consultation.domain.QuestionKind;
import org.smenet.consultation.domain.Section;
import org.smenet.consultation.domain.Summary;
import org.smenet.consultation.domain.SummaryCalculator;
import org.smenet.consultation.domain.SummaryTally;
import org.smenet.consultation.store.SubmissionStore;
import org.smenet.consultation.store.SummaryTallies;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.smenet.contracts.consultation.Audience;
import org.smenet.contracts.consultation.PolicyArea;
import org.smenet.kit.events.AggregateWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Summary of one consultation with N submissions (default 100,000): (1) computed in memory in one pass,
 * (2) the service's path: the running counters (SummaryTallies.counters: the consultation's bucket
 * documents, after its pending intents) turned into the summary, (3) the former path, one query over every
 * submission + one pass (SummaryService.recount), for comparison; and what counting costs each write
 * (SummaryTallies.intend + apply after a submission insert). Wall and process CPU time (all threads: the
 * in-process dev store's too) per run. Run with bench/consultation/run.sh.
 */
public class SummaryBench {

    static final String[] ECONOMIES = {"CL", "PE", "VN", "TH", "MX", "AU", "JP", "CN"};
    static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", null};
    static final String[] SECTORS = {"A", "C", "G", "H", "I", "J", "M", null};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Consultation consultation = consultation();
        List<SummaryCalculator.Response> responses = responses(n);

        long[] memory = new long[runs];
        Summary summary = null;
        for (int warm = 0; warm < 3; warm++) {
            summary = inMemory(consultation, responses);
        }
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            summary = inMemory(consultation, responses);
            memory[i] = (System.nanoTime() - t) / 1_000_000;
        }
        check(summary, n);

        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "bench");
            long t = System.nanoTime();
            load(mongo, consultation.id(), responses);
            long loaded = (System.nanoTime() - t) / 1_000_000;
            SubmissionStore store = new SubmissionStore(mongo, new AggregateWriter(mongo));
            SummaryTallies tallies = new SummaryTallies(mongo);
            t = System.nanoTime();
            loadTally(mongo, consultation, responses);
            long tallied = (System.nanoTime() - t) / 1_000_000;

            long[][] counters = new long[2][runs];
            for (int i = -1; i < runs; i++) { // the first run warms up
                long cpu = cpu();
                t = System.nanoTime();
                summary = SummaryTally.summary(consultation, tallies.counters(consultation), Instant.now());
                if (i >= 0) {
                    counters[0][i] = (System.nanoTime() - t) / 1_000_000;
                    counters[1][i] = (cpu() - cpu) / 1_000_000;
                }
            }
            check(summary, n);
            Summary viaCounters = summary;

            long[][] fromStore = new long[2][Math.min(runs, 3)];
            for (int i = -1; i < fromStore[0].length; i++) {
                long cpu = cpu();
                t = System.nanoTime();
                SummaryCalculator calculator = new SummaryCalculator(consultation);
                store.responses(consultation.id(), calculator::add);
                summary = calculator.result(Instant.now());
                if (i >= 0) {
                    fromStore[0][i] = (System.nanoTime() - t) / 1_000_000;
                    fromStore[1][i] = (cpu() - cpu) / 1_000_000;
                }
            }
            check(summary, n);
            if (!sameCounts(viaCounters, summary)) {
                throw new IllegalStateException("the counters and the one-pass count disagree");
            }

            // what counting costs a write: intent + insert + apply, for WRITES more submissions
            int writes = Math.min(2_000, n);
            List<SummaryCalculator.Response> more = responses(writes);
            var collection = mongo.getCollection(SubmissionStore.COLLECTION);
            long plainCpu = cpu();
            t = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                collection.insertOne(document(consultation.id(), "plain" + i, more.get(i)));
            }
            long plainWall = System.nanoTime() - t;
            plainCpu = cpu() - plainCpu;
            long countedCpu = cpu();
            t = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                String id = java.util.UUID.randomUUID().toString();
                tallies.intend(consultation.id(), id, 1);
                collection.insertOne(document(consultation.id(), id, more.get(i)));
                tallies.apply(consultation, id, 1, more.get(i));
            }
            long countedWall = System.nanoTime() - t;
            countedCpu = cpu() - countedCpu;

            System.out.printf("submissions: %,d · runs: %d · cores: %d · java %s · load average %.1f%n", n, runs,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("load into the dev store (insertMany): %,d ms; its counters (%d bucket documents): %,d ms%n",
                    loaded, SummaryTallies.BUCKETS, tallied);
            System.out.println();
            System.out.println("| summary of " + String.format("%,d", n) + " submissions | min ms | median ms | max ms | median CPU ms |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            row("one pass in memory (SummaryCalculator)", memory, null);
            row("**the service's path: running counters (SummaryTallies.counters + SummaryTally.summary)**", counters[0], counters[1]);
            row("former path: one query over every submission + one pass (SummaryService.recount)", fromStore[0], fromStore[1]);
            System.out.println();
            System.out.printf("| per submission write (%,d writes) | wall µs | CPU µs |%n", writes);
            System.out.println("| --- | ---: | ---: |");
            System.out.printf("| insert only | %,d | %,d |%n", plainWall / writes / 1_000, plainCpu / writes / 1_000);
            System.out.printf("| intent + insert + counting (apply) | %,d | %,d |%n", countedWall / writes / 1_000,
                    countedCpu / writes / 1_000);
        } finally {
            server.shutdownNow();
        }
    }

    static Summary inMemory(Consultation consultation, List<SummaryCalculator.Response> responses) {
        SummaryCalculator calculator = new SummaryCalculator(consultation);
        responses.forEach(calculator::add);
        return calculator.result(Instant.now());
    }

    static void check(Summary summary, int n) {
        if (summary.submissions() != n || summary.questions().get(0).answered() != n) {
            throw new IllegalStateException("wrong summary: " + summary.submissions());
        }
    }

    static void row(String what, long[] ms, long[] cpu) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        String cpuMedian = "";
        if (cpu != null) {
            long[] c = cpu.clone();
            Arrays.sort(c);
            cpuMedian = String.format("%,d", c[c.length / 2]);
        }
        System.out.printf("| %s | %,d | %,d | %,d | %s |%n", what, sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1], cpuMedian);
    }

    /** Process CPU time in ns (every thread: the client's and the in-process dev store's). */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static boolean sameCounts(Summary a, Summary b) {
        return a.submissions() == b.submissions() && a.respondents().equals(b.respondents())
                && a.questions().equals(b.questions()) && a.mostCommentedSections().equals(b.mostCommentedSections());
    }

    /** The bucket documents the service's counting would have written for these submissions (built in one go). */
    static void loadTally(MongoTemplate mongo, Consultation consultation, List<SummaryCalculator.Response> responses) {
        Map<Integer, Document> buckets = new HashMap<>();
        for (int i = 0; i < responses.size(); i++) {
            String id = "s" + i;
            int b = Math.floorMod(id.hashCode(), SummaryTallies.BUCKETS);
            Document bucket = buckets.computeIfAbsent(b, k -> new Document("_id", consultation.id() + ":" + k)
                    .append("consultationId", consultation.id()).append("c", new Document()).append("applied", new Document()));
            List<String> keys = SummaryTally.keys(consultation, responses.get(i));
            Document c = (Document) bucket.get("c");
            SummaryTally.counts(keys).forEach((k, n) -> c.put(k, ((Number) c.getOrDefault(k, 0L)).longValue() + n));
            ((Document) bucket.get("applied")).put(id, new Document("v", 1L).append("k", SummaryTally.join(keys)));
        }
        for (Document bucket : buckets.values()) {
            mongo.getCollection(SummaryTallies.COLLECTION).insertOne(bucket);
        }
    }


    static Consultation consultation() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sections.add(new Section(i, "Section " + i, ""));
        }
        Instant now = Instant.now();
        return Consultation.draft("bench-consultation", "CL", "org-cl-gov", new Consultation.Content("Bench", null,
                PolicyArea.TRADE_FACILITATION, List.of(), List.of(), List.of(), sections, List.of(
                        new Question("q1", QuestionKind.SINGLE_CHOICE, "Support?", List.of("YES", "NO", "UNSURE")),
                        new Question("q2", QuestionKind.MULTIPLE_CHOICE, "Where?", List.of("CUSTOMS", "SPS", "LOGISTICS", "FINANCE", "IT")),
                        new Question("q3", QuestionKind.AGREEMENT_SCALE, "Two years suffice", List.of()),
                        new Question("q4", QuestionKind.AGREEMENT_SCALE, "Costs are fair", List.of()),
                        new Question("q5", QuestionKind.FREE_TEXT, "Anything else?", List.of())),
                Audience.NETWORK, null, now.plusSeconds(86_400)), now);
    }

    static List<SummaryCalculator.Response> responses(int n) {
        Random random = new Random(42);
        String[] q1 = {"YES", "NO", "UNSURE"};
        String[] q2 = {"CUSTOMS", "SPS", "LOGISTICS", "FINANCE", "IT"};
        List<SummaryCalculator.Response> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Answer> answers = new ArrayList<>();
            answers.add(new Answer("q1", null, List.of(q1[random.nextInt(3)]), null));
            List<String> chosen = new ArrayList<>();
            for (String option : q2) {
                if (random.nextInt(3) == 0) {
                    chosen.add(option);
                }
            }
            if (!chosen.isEmpty()) {
                answers.add(new Answer("q2", null, chosen, null));
            }
            answers.add(new Answer("q3", null, null, 1 + random.nextInt(5)));
            answers.add(new Answer("q4", null, null, 1 + random.nextInt(5)));
            List<Integer> comments = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                comments.add(1 + random.nextInt(10));
            }
            out.add(new SummaryCalculator.Response(ECONOMIES[random.nextInt(ECONOMIES.length)],
                    SECTORS[random.nextInt(SECTORS.length)], SIZES[random.nextInt(SIZES.length)], answers, comments));
        }
        return out;
    }

    /** Documents shaped as the service stores submissions (the fields the summary reads, plus text). */
    static void load(MongoTemplate mongo, String consultationId, List<SummaryCalculator.Response> responses) {
        var collection = mongo.getCollection(SubmissionStore.COLLECTION);
        List<Document> batch = new ArrayList<>();
        int i = 0;
        for (SummaryCalculator.Response r : responses) {
            batch.add(document(consultationId, "s" + i++, r));
            if (batch.size() == 5_000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    static Document document(String consultationId, String id, SummaryCalculator.Response r) {
        {
            List<Document> answers = new ArrayList<>();
            for (Answer a : r.answers()) {
                Document d = new Document("questionId", a.questionId());
                if (a.choices() != null) {
                    d.append("choices", a.choices());
                }
                if (a.scale() != null) {
                    d.append("scale", a.scale());
                }
                answers.add(d);
            }
            List<Document> comments = r.commentSections().stream()
                    .map(s -> new Document("section", s).append("text", "A comment on section " + s)).toList();
            return new Document("_id", id).append("version", 1L).append("consultationId", consultationId)
                    .append("respondentOrg", "org-" + id).append("respondentEconomy", r.economy())
                    .append("sector", r.sector()).append("size", r.size()).append("answers", answers)
                    .append("comments", comments).append("confidential", false).append("hidden", false)
                    .append("outbox", List.of());
        }
    }

    static long aggregate(MongoTemplate mongo, String consultationId) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("consultationId", consultationId).append("hidden", false)),
                new Document("$unwind", "$answers"),
                new Document("$unwind", new Document("path", "$answers.choices").append("preserveNullAndEmptyArrays", true)),
                new Document("$group", new Document("_id", new Document("q", "$answers.questionId")
                        .append("choice", "$answers.choices").append("scale", "$answers.scale")
                        .append("economy", "$respondentEconomy")).append("count", new Document("$sum", 1))));
        long groups = 0;
        for (Document ignored : mongo.getCollection(SubmissionStore.COLLECTION).aggregate(pipeline).allowDiskUse(true)) {
            groups++;
        }
        return groups;
    }
}

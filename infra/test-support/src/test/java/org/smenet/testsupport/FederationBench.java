package org.smenet.testsupport;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Federation through MirrorMaker 2 (bench/federation/run.sh; a main, not a test): two in-JVM brokers CL and VN
 * with {@link Federation}'s MirrorMaker between them.
 * <ol>
 * <li>Steady: records published on CL's {@code smenet.public.bench.v1} at {@code -Drate} per second for
 * {@code -Dseconds} (first 2 s left out); latency = when VN's consumer of {@code CL.smenet.public.bench.v1}
 * polled it − when CL's producer sent it (one JVM, {@code System.nanoTime}).</li>
 * <li>Catch-up: MirrorMaker stopped, {@code -Dbacklog} records published on CL, MirrorMaker started; time from
 * the start to the first and to the last record on VN, records/s, and that each arrived exactly once.</li>
 * </ol>
 * Lines starting with {@code RESULT} are the figures.
 */
public final class FederationBench {

    private static final String TOPIC = "smenet.public.bench.v1";

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 100);
        int seconds = Integer.getInteger("seconds", 20);
        int backlog = Integer.getInteger("backlog", 20000);
        int payload = Integer.getInteger("payload", 600);
        try (Federation network = Federation.start("CL", "VN");
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, network.bootstrap("CL"),
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            Receiver receiver = new Receiver(network.bootstrap("VN"), Federation.mirrored("CL", TOPIC));
            Thread receiving = new Thread(receiver, "bench-receiver");
            receiving.start();

            // warm-up: the topic exists on both sides and a record has crossed
            long warmStart = System.nanoTime();
            producer.send(record(-1, payload)).get();
            while (receiver.count.get() < 1) {
                LockSupport.parkNanos(10_000_000);
            }
            System.out.printf("RESULT first record on a new topic crossed in %d ms%n",
                    (System.nanoTime() - warmStart) / 1_000_000);

            steady(producer, receiver, rate, seconds, payload);
            catchUp(network, producer, receiver, backlog, payload);
            receiver.running.set(false);
            receiving.join();
        }
    }

    private static void steady(KafkaProducer<String, byte[]> producer, Receiver receiver, int rate, int seconds,
            int payload) throws Exception {
        receiver.latencies.clear();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long warm = start + 2_000_000_000L;
        int total = rate * seconds;
        int counted = 0;
        receiver.countFrom.set(warm);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            producer.send(record(i, payload));
            if (System.nanoTime() >= warm) {
                counted++;
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (receiver.latencies.size() < counted - 5 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(50_000_000);
        }
        LockSupport.parkNanos(1_000_000_000L);
        List<Long> sorted = new ArrayList<>(receiver.latencies);
        Collections.sort(sorted);
        System.out.printf("RESULT steady %d rec/s for %d s: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
                rate, seconds, sorted.size(), ms(pct(sorted, 50)), ms(pct(sorted, 90)), ms(pct(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)));
    }

    private static void catchUp(Federation network, KafkaProducer<String, byte[]> producer, Receiver receiver,
            int backlog, int payload) throws Exception {
        network.stopMirror();
        receiver.backlogSeen.clear();
        receiver.backlogArrived.set(0);
        receiver.backlogFirst.set(0);
        receiver.backlogLast.set(0);
        long produceStart = System.nanoTime();
        for (int i = 0; i < backlog; i++) {
            producer.send(record(1_000_000 + i, payload));
        }
        producer.flush();
        long produced = System.nanoTime();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        network.startMirror();
        long started = System.nanoTime();
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (receiver.backlogArrived.get() < backlog && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        long cpu = processCpuNanos() - cpuBefore;
        LockSupport.parkNanos(3_000_000_000L); // any duplicate would show up now
        int arrived = receiver.backlogArrived.get();
        int distinct = receiver.backlogSeen.cardinality();
        double drainSeconds = (receiver.backlogLast.get() - receiver.backlogFirst.get()) / 1e9;
        System.out.printf("RESULT catch-up: %d records produced on CL in %.1f s while the link was down; "
                        + "MirrorMaker start %.1f s; first record on VN %.1f s after the start, last %.1f s; "
                        + "%.0f records/s (first→last), %.0f records/s (start→last); arrived %d, distinct %d; "
                        + "JVM CPU %.2f ms per 1000 records (brokers + MirrorMaker + clients)%n",
                backlog, (produced - produceStart) / 1e9, (started - start) / 1e9,
                (receiver.backlogFirst.get() - start) / 1e9, (receiver.backlogLast.get() - start) / 1e9,
                arrived / Math.max(drainSeconds, 1e-3), arrived / ((receiver.backlogLast.get() - start) / 1e9),
                arrived, distinct, cpu / 1e6 / (arrived / 1000.0));
    }

    private static ProducerRecord<String, byte[]> record(int sequence, int payload) {
        ByteBuffer value = ByteBuffer.allocate(Math.max(payload, 12));
        value.putInt(sequence).putLong(System.nanoTime());
        return new ProducerRecord<>(TOPIC, "k" + (sequence & 7), value.array());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static final class Receiver implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger count = new AtomicInteger();
        final AtomicLong countFrom = new AtomicLong(Long.MAX_VALUE);
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final BitSet backlogSeen = new BitSet();
        final AtomicInteger backlogArrived = new AtomicInteger();
        final AtomicLong backlogFirst = new AtomicLong();
        final AtomicLong backlogLast = new AtomicLong();
        private final String bootstrap;
        private final String topic;

        Receiver(String bootstrap, String topic) {
            this.bootstrap = bootstrap;
            this.topic = topic;
        }

        @Override
        public void run() {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-" + System.nanoTime(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
                consumer.subscribe(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(topic)));
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        ByteBuffer value = ByteBuffer.wrap(record.value());
                        int sequence = value.getInt();
                        long sent = value.getLong();
                        count.incrementAndGet();
                        if (sequence >= 1_000_000) {
                            synchronized (backlogSeen) {
                                backlogSeen.set(sequence - 1_000_000);
                            }
                            if (backlogArrived.incrementAndGet() == 1) {
                                backlogFirst.set(now);
                            }
                            backlogLast.set(now);
                        } else if (sequence >= 0 && sent >= countFrom.get()) {
                            latencies.add(now - sent);
                        }
                    }
                }
            }
        }
    }
}

package org.smenet.opportunities.api;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.smenet.opportunities.app.FeedService;
import org.smenet.opportunities.store.FeedEntry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open Server-Sent Events streams. Each remembers the last feed position it sent; one thread polls the
 * feed for every stream and sends what is new, with the position's cursor as the event id, so a client
 * that reconnects with {@code Last-Event-ID} continues exactly after the last event it received.
 */
@Component
public class FeedStreams {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final class Stream {
        final SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        final Predicate<FeedEntry> wanted;
        volatile long position;

        Stream(long position, Predicate<FeedEntry> wanted) {
            this.position = position;
            this.wanted = wanted;
        }
    }

    private final FeedService feed;
    private final JsonMapper json;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-streams");
        t.setDaemon(true);
        return t;
    });

    public FeedStreams(FeedService feed, JsonMapper json) {
        this.feed = feed;
        this.json = json;
        poller.scheduleWithFixedDelay(this::pushAll, 100, 100, TimeUnit.MILLISECONDS);
    }

    SseEmitter open(long position) {
        return open(position, e -> true);
    }

    /** A stream of only the entries {@code wanted} accepts; the others still move its position on. */
    SseEmitter open(long position, Predicate<FeedEntry> wanted) {
        Stream stream = new Stream(position, wanted);
        stream.emitter.onCompletion(() -> streams.remove(stream));
        stream.emitter.onTimeout(() -> streams.remove(stream));
        stream.emitter.onError(e -> streams.remove(stream));
        streams.add(stream);
        return stream.emitter;
    }

    private void pushAll() {
        for (Stream stream : streams) {
            try {
                List<FeedEntry> entries = feed.afterPosition(stream.position, 100);
                for (FeedEntry e : entries) {
                    if (!stream.wanted.test(e)) {
                        stream.position = e.seq();
                        continue;
                    }
                    stream.emitter.send(SseEmitter.event().id(feed.cursor(e.seq())).name(e.type())
                            .data(json.writeValueAsString(FeedItemView.of(e, json)), org.springframework.http.MediaType.APPLICATION_JSON));
                    stream.position = e.seq();
                }
            } catch (IOException | IllegalStateException gone) {
                streams.remove(stream);
                stream.emitter.completeWithError(gone);
            } catch (RuntimeException e) {
                // the store hiccuped: try again on the next tick
            }
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        streams.forEach(s -> s.emitter.complete());
    }
}

package org.smenet.portal.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.smenet.portal.PortalProperties;
import org.smenet.portal.security.Viewer;

/**
 * Server-Sent Events read from a service as the signed-in person (their relayed token, which never reaches the
 * browser). Each stream is read on its own thread, with no read timeout (an idle stream is normal); it
 * ends when the service ends it or when the page's side closes it.
 */
@Component
public class ServiceStreams {

    private static final Logger log = LoggerFactory.getLogger(ServiceStreams.class);

    /** One event as the service sent it. */
    public record Event(String id, String name, String data) {
    }

    /** An open stream; closing it stops the reading and lets go of the connection. */
    public interface Stream extends AutoCloseable {
        @Override
        void close();
    }

    private final HttpClient http;
    private final PortalProperties properties;
    /** One thread per open stream (blocked reading most of the time). */
    private final java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "service-stream");
        t.setDaemon(true);
        return t;
    });

    public ServiceStreams(PortalProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Opens {@code path} of {@code service}, resuming after {@code lastEventId} when given. {@code onEvent} gets
     * each complete event; {@code onEnd} gets the service's status when it refused (not 200) or 200 when the stream
     * ended, 503 when the service could not be reached.
     */
    public Stream open(String service, String path, String lastEventId, Viewer viewer, Consumer<Event> onEvent,
                       IntConsumer onEnd) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.services().of(service) + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + viewer.token()).GET();
        if (lastEventId != null && !lastEventId.isBlank()) {
            request.header("Last-Event-ID", lastEventId);
        }
        InputStream[] body = new InputStream[1];
        java.util.concurrent.Future<?> reader = readers.submit(() -> {
            int status = 200;
            try {
                HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                synchronized (body) {
                    body[0] = response.body();
                }
                if (response.statusCode() != 200) {
                    status = response.statusCode();
                    response.body().close();
                } else {
                    read(response.body(), onEvent);
                }
            } catch (IOException unreachable) {
                if (!Thread.currentThread().isInterrupted()) {
                    log.debug("stream {} {} ended: {}", service, path, unreachable.toString());
                    status = 503;
                }
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            } finally {
                onEnd.accept(status);
            }
        });
        return () -> {
            reader.cancel(true);
            synchronized (body) {
                if (body[0] != null) {
                    try {
                        body[0].close();
                    } catch (IOException ignored) {
                        // closing is all that was wanted
                    }
                }
            }
        };
    }

    /** The SSE wire format: fields until an empty line; several {@code data} lines join with a newline. */
    private static void read(InputStream in, Consumer<Event> onEvent) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String name = "message";
        StringBuilder data = null;
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isEmpty()) {
                if (data != null) {
                    onEvent.accept(new Event(id, name, data.toString()));
                }
                name = "message";
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }
    }
}

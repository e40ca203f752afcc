package org.smenet.opportunities.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real local HTTP endpoint standing in for an agency's webhook receiver. */
public final class WebhookReceiver implements AutoCloseable {

    /** What one POST brought. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String id() {
            return headers.get("Webhook-id").get(0);
        }
    }

    enum Mode {
        UP, DOWN, GONE
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.UP;
    volatile boolean allowHandshake = true;
    private final HttpServer server;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                if (exchange.getRequestMethod().equals("OPTIONS")) {
                    if (allowHandshake && exchange.getRequestHeaders().getFirst("WebHook-Request-Origin") != null) {
                        exchange.getResponseHeaders().add("WebHook-Allowed-Origin", "*");
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        exchange.sendResponseHeaders(405, -1);
                    }
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                switch (mode) {
                    case UP -> {
                        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
                        exchange.sendResponseHeaders(204, -1);
                    }
                    case DOWN -> exchange.sendResponseHeaders(503, -1);
                    case GONE -> exchange.sendResponseHeaders(410, -1);
                }
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> about(String subjectId) {
        return received.stream().filter(r -> r.body().contains("\"subject\":\"" + subjectId + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

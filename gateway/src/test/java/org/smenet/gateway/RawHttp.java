package org.smenet.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over one plain socket, byte for byte: what a test needs to see exactly what the gateway sends
 * (headers as written, keep-alive, pipelined requests answered in order), which a client library would hide.
 */
final class RawHttp implements AutoCloseable {

    record Response(int status, List<String[]> headers, byte[] body) {

        String header(String name) {
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase(name)) {
                    return header[1];
                }
            }
            return null;
        }

        List<String> values(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) {
        try {
            this.socket = new Socket("127.0.0.1", port);
            this.socket.setSoTimeout(15_000);
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET uri} (or another method) with these extra header lines, not yet read. */
    static String request(String method, String uri, String... headers) {
        StringBuilder text = new StringBuilder(method).append(' ').append(uri).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        return text.append("\r\n").toString();
    }

    void send(String... requests) {
        try {
            out.write(String.join("", requests).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response exchange(String request) {
        send(request);
        return read(false);
    }

    /** The next response; {@code head} when it answers a HEAD request (no body whatever the headers say). */
    Response read(boolean head) {
        return read(head, 0, 0);
    }

    private Response read(boolean head, int slice, long pauseNanos) {
        try {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            List<String[]> headers = new ArrayList<>();
            String line;
            while (!(line = line()).isEmpty()) {
                int colon = line.indexOf(':');
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
            Response bare = new Response(status, headers, new byte[0]);
            if (head || status == 204 || status == 304 || status < 200) {
                return bare;
            }
            String length = bare.header("Content-Length");
            if (length != null) {
                return new Response(status, headers, in.readNBytes(Integer.parseInt(length)));
            }
            if ("chunked".equalsIgnoreCase(bare.header("Transfer-Encoding"))) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                int size;
                while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
                    while (size > 0) {
                        int n = slice > 0 ? Math.min(slice, size) : size;
                        body.write(in.readNBytes(n));
                        size -= n;
                        if (pauseNanos > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(pauseNanos);
                        }
                    }
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                return new Response(status, headers, body.toByteArray());
            }
            return new Response(status, headers, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next response, read {@code slice} bytes at a time with a pause between slices: a slow client. */
    Response readSlowly(int slice, long pauseNanos) {
        try {
            socket.setReceiveBufferSize(4 * slice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(false, slice, pauseNanos);
    }

    /** True when the server closed the connection (end of stream) before anything more arrived. */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            throw new IOException("connection closed");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}

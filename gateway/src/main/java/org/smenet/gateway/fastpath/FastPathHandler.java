package org.smenet.gateway.fastpath;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import org.smenet.contracts.Correlation;
import org.smenet.gateway.RouteMetricsFilter;
import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.ratelimit.RateLimitFilter;
import org.smenet.gateway.security.SecurityHeadersWebFilter;

/**
 * One per client connection, right after the HTTP codec (and the malformed-request handler): serves the requests
 * {@link FastPath#admit} takes itself, over pooled keep-alive connections to the services, and passes every other
 * message untouched to Reactor Netty and Spring Cloud Gateway. Requests of one connection are answered in order:
 * while a request is in flight on either path, the next ones (pipelined) wait here, and are released when its
 * response has been written to the end ({@code LastHttpContent} seen in {@link #write}).
 */
final class FastPathHandler extends ChannelDuplexHandler {

    private static final Logger log = LoggerFactory.getLogger(FastPathHandler.class);
    private static final AsciiString FORWARDED = AsciiString.cached("forwarded");
    private static final AsciiString X_FORWARDED = AsciiString.cached("x-forwarded-");
    private static final AsciiString[] HOP_BY_HOP = FastPath.HOP_BY_HOP.stream().map(AsciiString::cached)
            .toArray(AsciiString[]::new);
    private static final AsciiString PROBLEM_JSON = AsciiString.cached("application/problem+json");
    private static final AsciiString USER_AGENT = AsciiString.cached(reactor.netty.http.client.HttpClient.USER_AGENT);
    private static final AsciiString ACCEPT_ANY = AsciiString.cached("*/*");
    private static final AsciiString VARY_ORIGIN = AsciiString.cached("Origin");
    private static final AsciiString VARY_METHOD = AsciiString.cached("Access-Control-Request-Method");
    private static final AsciiString VARY_HEADERS = AsciiString.cached("Access-Control-Request-Headers");

    private final FastPath fastPath;
    private final ArrayDeque<Object> queued = new ArrayDeque<>(4);
    private ChannelHandlerContext ctx;
    /** the request in flight on the fast path */
    private Exchange fast;
    /** a request passed to the slow path whose response has not been written to the end */
    private boolean slowInFlight;
    /** the rest of a taken request (its {@code LastHttpContent}) is not passed on */
    private boolean dropping;
    private boolean drainScheduled;

    FastPathHandler(FastPath fastPath) {
        this.fastPath = fastPath;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!queued.isEmpty() || (msg instanceof HttpRequest && busy())) {
            if (log.isTraceEnabled()) {
                log.trace("queued {} (fast={}, slow={}) on {}", msg.getClass().getSimpleName(), fast != null,
                        slowInFlight, ctx.channel());
            }
            queued.add(msg);
            return;
        }
        handle(msg);
    }

    private boolean busy() {
        return fast != null || slowInFlight;
    }

    private void handle(Object msg) {
        if (msg instanceof HttpRequest request) {
            FastPath.Ticket ticket = fastPath.admit(request);
            if (log.isTraceEnabled()) {
                log.trace("{} {} {} on {}", ticket == null ? "passed" : "taken", request.method(), request.uri(),
                        ctx.channel());
            }
            if (ticket == null) {
                slowInFlight = true;
                dropping = false;
                ctx.fireChannelRead(msg);
                return;
            }
            fast = new Exchange(request, ticket);
            if (ticket.contentLength() > 0) {
                fast.body = ctx.alloc().compositeBuffer(); // collected up to the size limit, then sent at once
            }
            dropping = !(msg instanceof LastHttpContent);
            if (!dropping) {
                fast.collect((LastHttpContent) msg); // a full request
                fast.start();
            } else if (fast.body == null) {
                fast.start(); // bodyless: its LastHttpContent is dropped when it comes
            }
            return;
        }
        if (dropping) {
            if (msg instanceof LastHttpContent) {
                dropping = false;
            }
            if (fast != null && fast.body != null && !fast.started && msg instanceof HttpContent content) {
                fast.collect(content);
                if (!dropping) {
                    fast.start();
                }
                return;
            }
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (log.isTraceEnabled()) {
            log.trace("write {} slowInFlight={} queued={} on {}", msg.getClass().getSimpleName(), slowInFlight,
                    queued.size(), ctx.channel());
        }
        if (slowInFlight && msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL)) {
            // the end of the slow path's answer: the next request is released once it is written, as Reactor
            // Netty itself counts a response done (so it never sees a request while it thinks one is pending)
            ChannelPromise written = promise.unvoid();
            written.addListener(done -> {
                slowInFlight = false;
                scheduleDrain();
                readMore(); // the next request may be one Reactor Netty will never see: do not wait for its read
            });
            ctx.write(msg, written);
            return;
        }
        ctx.write(msg, promise);
    }

    private void scheduleDrain() {
        if (!queued.isEmpty() && !drainScheduled) {
            drainScheduled = true;
            ctx.executor().execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled = false;
        boolean passed = false;
        while (!queued.isEmpty() && ctx.channel().isActive()) {
            Object next = queued.peek();
            if (next instanceof HttpRequest && busy()) {
                break;
            }
            queued.poll();
            handle(next);
            passed = true;
        }
        if (passed) {
            ctx.fireChannelReadComplete();
        }
    }

    /**
     * Reactor Netty reads a connection on demand (auto-read off between requests, a read asked for when its
     * response is done); a request it never saw must ask for the next read itself.
     */
    private void readMore() {
        if (!ctx.channel().config().isAutoRead()) {
            ctx.read();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (fast != null && ctx.channel().isWritable()) {
            fast.resumeUpstream();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (fast != null) {
            fast.clientGone();
        }
        releaseQueued();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releaseQueued();
    }

    private void releaseQueued() {
        Object msg;
        while ((msg = queued.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
    }

    /** One request taken by the fast path, from the ticket to the last byte of its answer. */
    private final class Exchange implements Upstreams.Listener {

        private final HttpRequest request;
        private final FastPath.Ticket ticket;
        private final FastPathRoutes.Route route;
        private final long start = System.nanoTime();
        private String correlationId;
        private ScheduledFuture<?> timeout;
        private Upstreams.Upstream upstream;
        private boolean reused;
        private boolean retried;
        private boolean responseStarted;
        private boolean requestWritten;
        private boolean started;
        /** the request body (POST/PUT/PATCH), whole, released when the exchange ends or handed over */
        io.netty.buffer.CompositeByteBuf body;
        private boolean upstreamKeepAlive;
        private boolean done;

        Exchange(HttpRequest request, FastPath.Ticket ticket) {
            this.request = request;
            this.ticket = ticket;
            this.route = ticket.route();
        }

        /** Takes the bytes of {@code content} into the body (and releases {@code content}). */
        void collect(HttpContent content) {
            if (body != null && content.content().isReadable()) {
                body.addComponent(true, content.content().retain());
            }
            content.release();
        }

        void start() {
            started = true;
            correlationId = Correlation.accept(request.headers().get(fastPath.correlationHeader));
            timeout = ctx.executor().schedule(this::timedOut, ticket.timeoutNanos(), TimeUnit.NANOSECONDS);
            Upstreams.Upstream idle = Upstreams.acquire(route.hostHeader());
            if (idle != null) {
                reused = true;
                send(idle);
            } else {
                connect();
            }
        }

        private void connect() {
            reused = false;
            Upstreams.Upstream fresh = new Upstreams.Upstream(route.hostHeader());
            Channel client = ctx.channel();
            ChannelFuture connecting = new Bootstrap()
                    .group(client.eventLoop())
                    .channel(client.getClass().asSubclass(Channel.class))
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, fastPath.connectTimeoutMillis)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(new HttpClientCodec(), fresh);
                        }
                    })
                    .connect(route.host(), route.port());
            fresh.channel = connecting.channel();
            connecting.addListener(connected -> {
                if (done) {
                    fresh.channel.close();
                } else if (!connected.isSuccess()) {
                    failedBeforeResponse(connected.cause());
                } else {
                    send(fresh);
                }
            });
        }

        private void send(Upstreams.Upstream target) {
            upstream = target;
            target.exchange = this;
            HttpRequest outbound = new DefaultHttpRequest(HttpVersion.HTTP_1_1, request.method(), request.uri(),
                    upstreamHeaders());
            target.channel.write(outbound);
            Object last = body == null ? LastHttpContent.EMPTY_LAST_CONTENT
                    : new io.netty.handler.codec.http.DefaultLastHttpContent(body.retainedDuplicate());
            target.channel.writeAndFlush(last).addListener(written -> {
                if (written.isSuccess()) {
                    requestWritten = true;
                } else if (upstream == target && !done) {
                    target.discard();
                    failedBeforeResponse(written.cause());
                }
            });
        }

        /** The client's headers as the routes send them: no hop-by-hop, no forwarded headers, the service's host. */
        private HttpHeaders upstreamHeaders() {
            HttpHeaders out = new DefaultHttpHeaders(false);
            Iterator<Map.Entry<CharSequence, CharSequence>> entries = request.headers().iteratorCharSequence();
            while (entries.hasNext()) {
                Map.Entry<CharSequence, CharSequence> entry = entries.next();
                CharSequence name = entry.getKey();
                if (isHopByHop(name) || AsciiString.contentEqualsIgnoreCase(name, FORWARDED)
                        || AsciiString.regionMatches(name, true, 0, X_FORWARDED, 0, X_FORWARDED.length())
                        || AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.HOST)
                        || AsciiString.contentEqualsIgnoreCase(name, fastPath.correlationHeader)) {
                    continue;
                }
                CharSequence value = entry.getValue();
                if (value.length() > 48 && value instanceof String text) {
                    // a long value (the bearer token): bytes made at once (an intrinsic), which the encoder then
                    // copies, instead of its char-by-char encoding of a String
                    value = new AsciiString(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false);
                }
                out.add(name, value);
            }
            if (!out.contains(HttpHeaderNames.USER_AGENT)) {
                out.set(HttpHeaderNames.USER_AGENT, USER_AGENT); // as Reactor Netty's client adds them
            }
            if (!out.contains(HttpHeaderNames.ACCEPT)) {
                out.set(HttpHeaderNames.ACCEPT, ACCEPT_ANY);
            }
            out.set(HttpHeaderNames.HOST, route.hostHeader());
            out.set(fastPath.correlationHeader, correlationId);
            return out;
        }

        @Override
        public void onResponse(HttpResponse response) {
            if (done || response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                return;
            }
            int status = response.status().code();
            if ((status == 502 || status == 503 || status == 504)
                    && (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)) {
                // the routes retry these: the slow path asks again, with its retry, backoff and circuit breaker
                upstream.discard();
                upstream = null;
                handOver();
                return;
            }
            HttpHeaders headers = new DefaultHttpHeaders(false);
            beforeRouting(headers);
            Iterator<Map.Entry<CharSequence, CharSequence>> entries = response.headers().iteratorCharSequence();
            boolean chunked = false;
            while (entries.hasNext()) {
                Map.Entry<CharSequence, CharSequence> entry = entries.next();
                CharSequence name = entry.getKey();
                if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.TRANSFER_ENCODING)) {
                    chunked = true; // the framing is the gateway's own; kept as chunked below
                    continue;
                }
                if (!isHopByHop(name)) {
                    headers.add(name, entry.getValue());
                }
            }
            if (chunked || (!headers.contains(HttpHeaderNames.CONTENT_LENGTH) && status != 204 && status != 304)) {
                // as Reactor Netty frames the slow path's answer (also for HEAD: the header only)
                headers.remove(HttpHeaderNames.CONTENT_LENGTH);
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
            atCommit(headers, status);
            upstreamKeepAlive = HttpUtil.isKeepAlive(response);
            responseStarted = true;
            record(status);
            ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, response.status(), headers));
        }

        @Override
        public void onContent(HttpContent content) {
            if (done || !responseStarted) {
                content.release();
                return;
            }
            if (content instanceof LastHttpContent last) {
                boolean keepAlive = upstreamReusable();
                ctx.writeAndFlush(last);
                complete(keepAlive);
                return;
            }
            ctx.write(content);
            if (!ctx.channel().isWritable()) {
                ctx.flush();
                if (!ctx.channel().isWritable() && upstream != null) {
                    upstream.channel.config().setAutoRead(false); // until the client reads (back-pressure)
                }
            }
        }

        private boolean upstreamReusable() {
            return upstreamKeepAlive && upstream != null && upstream.channel.isActive();
        }

        void resumeUpstream() {
            if (upstream != null && !done) {
                upstream.channel.config().setAutoRead(true);
            }
        }

        @Override
        public void onReadComplete() {
            if (responseStarted && !done) {
                ctx.flush();
            }
        }

        @Override
        public void onFailure(Throwable cause) {
            if (done) {
                return;
            }
            upstream = null;
            if (!responseStarted) {
                failedBeforeResponse(cause);
                return;
            }
            finish();
            ticket.circuitBreaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
            ctx.close(); // part of the answer is out: the client sees a cut connection, as from the slow path
        }

        private void failedBeforeResponse(Throwable cause) {
            if (done) {
                return;
            }
            if (upstream != null) {
                upstream.discard();
                upstream = null;
            }
            if (reused && !retried) {
                retried = true; // a kept connection the service closed meanwhile: once more on a new one
                requestWritten = false;
                connect();
                return;
            }
            if (requestWritten && (request.method() == HttpMethod.POST || request.method() == HttpMethod.PATCH)) {
                // the service may have acted on it: never sent twice; the route's fallback answer, as the slow path
                ticket.circuitBreaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
                unavailable("unreachable", cause);
                return;
            }
            handOver();
        }

        /** Back to the slow path, which answers (retry, circuit breaker, fallback problem) as if it came first. */
        private void handOver() {
            io.netty.buffer.ByteBuf handed = body;
            body = null; // now the slow path's (the whole body has arrived before any exchange starts)
            finish();
            ticket.circuitBreaker().releasePermission();
            fastPath.handedOver.increment();
            slowInFlight = true;
            boolean restArrived = !dropping;
            dropping = false;
            ctx.fireChannelRead(request);
            if (restArrived) {
                ctx.fireChannelRead(handed == null ? LastHttpContent.EMPTY_LAST_CONTENT
                        : new io.netty.handler.codec.http.DefaultLastHttpContent(handed));
            } else if (handed != null) {
                handed.release();
            }
            ctx.fireChannelReadComplete();
        }

        private void timedOut() {
            if (done) {
                return;
            }
            if (upstream != null) {
                upstream.discard();
                upstream = null;
            }
            TimeoutException cause = new TimeoutException("No answer from the " + route.circuitBreaker()
                    + " service within " + TimeUnit.NANOSECONDS.toMillis(ticket.timeoutNanos()) + " ms");
            ticket.circuitBreaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
            if (responseStarted) {
                finish();
                ctx.close();
                return;
            }
            unavailable("timed out", cause);
        }

        /** The route's fallback answer ({@code ServiceUnavailableFallback}), written here. */
        private void unavailable(String why, Throwable cause) {
            String service = route.circuitBreaker();
            String path = pathOf(request.uri());
            String previous = MDC.get(Correlation.MDC_KEY);
            MDC.put(Correlation.MDC_KEY, correlationId);
            try {
                log.warn("{} service unavailable ({}) for {} {}: {}", service, why, request.method(), path,
                        cause.toString());
            } finally {
                if (previous == null) {
                    MDC.remove(Correlation.MDC_KEY);
                } else {
                    MDC.put(Correlation.MDC_KEY, previous);
                }
            }
            Problem problem = Problem.of("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                            "The " + service + " service is unavailable (" + why + "). Try again later.")
                    .with("service", service);
            byte[] body = fastPath.problems.render(problem, path, correlationId);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.SERVICE_UNAVAILABLE,
                    request.method() == HttpMethod.HEAD ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
            beforeRouting(response.headers());
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            atCommit(response.headers(), 503);
            record(503);
            ctx.writeAndFlush(response);
            finish();
            scheduleNext();
        }

        /**
         * The headers the gateway's filters put on the answer before the service's headers are added to it: the
         * CORS processor's {@code Vary} (on every answer of the API chain), the rate limit.
         */
        private void beforeRouting(HttpHeaders headers) {
            headers.add(HttpHeaderNames.VARY, VARY_ORIGIN);
            headers.add(HttpHeaderNames.VARY, VARY_METHOD);
            headers.add(HttpHeaderNames.VARY, VARY_HEADERS);
            if (ticket.take() != null) {
                headers.set(RateLimitFilter.LIMIT_HEADER, fastPath.rateLimit);
                headers.set(RateLimitFilter.REMAINING_HEADER, Long.toString(ticket.take().remaining()));
            }
        }

        /** The headers the gateway adds when the answer is committed: security headers, correlation id. */
        private void atCommit(HttpHeaders headers, int status) {
            SecurityHeadersWebFilter.writeTo(headers, status, fastPath.contentSecurityPolicy);
            headers.set(fastPath.correlationHeader, correlationId);
        }

        private void record(int status) {
            RouteMetricsFilter.RouteTimers timers = fastPath.routeMetrics.timers(route.id(), route.uri());
            timers.timer(org.springframework.http.HttpMethod.valueOf(request.method().name()),
                            HttpStatusCode.valueOf(status))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }

        private void complete(boolean keepAlive) {
            Upstreams.Upstream used = upstream;
            upstream = null;
            finish();
            ticket.circuitBreaker().onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (used != null) {
                if (keepAlive) {
                    Upstreams.release(used);
                } else {
                    used.discard();
                }
            }
            scheduleNext();
        }

        void clientGone() {
            if (done) {
                return;
            }
            if (upstream != null) {
                upstream.discard();
                upstream = null;
            }
            finish();
            ticket.circuitBreaker().releasePermission();
        }

        private void finish() {
            done = true;
            if (body != null) {
                body.release();
                body = null;
            }
            if (ticket.bulkhead() != null) {
                ticket.bulkhead().onComplete();
            }
            if (timeout != null) {
                timeout.cancel(false);
            }
            if (fast == this) {
                fast = null;
            }
            readMore();
        }

        private void scheduleNext() {
            scheduleDrain();
        }
    }

    private static boolean isHopByHop(CharSequence name) {
        for (AsciiString hop : HOP_BY_HOP) {
            if (AsciiString.contentEqualsIgnoreCase(name, hop)) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}

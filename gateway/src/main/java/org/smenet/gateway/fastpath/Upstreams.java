package org.smenet.gateway.fastpath;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * Keep-alive connections to the services, per event loop (each connection lives on the event loop of the client
 * connections it serves, so nothing is shared between threads and nothing is locked) and per {@code host:port}.
 * An idle connection is dropped when the service closes it, or on reuse when it has been idle longer than
 * {@link #MAX_IDLE_NANOS} (below the services' keep-alive timeout, as the slow path's pool).
 */
final class Upstreams {

    static final long MAX_IDLE_NANOS = 15_000_000_000L;
    private static final int MAX_IDLE_PER_HOST = 64;

    private static final FastThreadLocal<Map<String, ArrayDeque<Upstream>>> IDLE = new FastThreadLocal<>() {
        @Override
        protected Map<String, ArrayDeque<Upstream>> initialValue() {
            return new HashMap<>();
        }
    };

    private Upstreams() {
    }

    /** An idle open connection to {@code key} made on the calling event loop, or null. */
    static Upstream acquire(String key) {
        ArrayDeque<Upstream> idle = IDLE.get().get(key);
        if (idle == null) {
            return null;
        }
        long now = System.nanoTime();
        Upstream upstream;
        while ((upstream = idle.pollLast()) != null) {
            if (upstream.channel.isActive() && now - upstream.idleSince < MAX_IDLE_NANOS) {
                return upstream;
            }
            upstream.channel.close();
        }
        return null;
    }

    /** Keeps {@code upstream} for the next request (called on its event loop). */
    static void release(Upstream upstream) {
        upstream.exchange = null;
        if (!upstream.channel.isActive()) {
            return;
        }
        ArrayDeque<Upstream> idle = IDLE.get().computeIfAbsent(upstream.key, k -> new ArrayDeque<>());
        if (idle.size() >= MAX_IDLE_PER_HOST) {
            upstream.channel.close();
            return;
        }
        upstream.idleSince = System.nanoTime();
        upstream.channel.config().setAutoRead(true);
        idle.addLast(upstream);
    }

    private static void forget(Upstream upstream) {
        ArrayDeque<Upstream> idle = IDLE.get().get(upstream.key);
        if (idle != null) {
            idle.remove(upstream);
        }
    }

    /** What an upstream connection reports to the exchange it serves. */
    interface Listener {

        void onResponse(HttpResponse response);

        void onContent(HttpContent content);

        void onReadComplete();

        void onFailure(Throwable cause);
    }

    /** One connection to a service and the handler at the end of its pipeline. */
    static final class Upstream extends ChannelInboundHandlerAdapter {

        final String key;
        Channel channel;
        Listener exchange;
        long idleSince;

        Upstream(String key) {
            this.key = key;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Listener listener = exchange;
            if (listener == null) {
                ReferenceCountUtil.release(msg);
                ctx.close(); // nothing is being asked: an answer now is a broken connection
                return;
            }
            if (msg instanceof HttpResponse response) {
                listener.onResponse(response);
            }
            if (msg instanceof HttpContent content) {
                if (exchange == listener) {
                    listener.onContent(content);
                } else {
                    content.release();
                }
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            Listener listener = exchange;
            if (listener != null) {
                listener.onReadComplete();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Listener listener = exchange;
            if (listener != null) {
                exchange = null;
                listener.onFailure(new java.io.IOException("Connection to the service closed"));
            } else {
                forget(this);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            Listener listener = exchange;
            exchange = null;
            ctx.close();
            if (listener != null) {
                listener.onFailure(cause);
            }
        }

        /** Closes the connection without telling the exchange (it is the one giving up on it). */
        void discard() {
            exchange = null;
            channel.close();
        }
    }
}

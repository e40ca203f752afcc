package org.smenet.gateway.problem;

import java.net.URI;
import java.net.URISyntaxException;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;

import org.smenet.contracts.Correlation;
import org.smenet.gateway.GatewayProperties;

/**
 * Problem answers for requests that never become a WebFlux exchange, so no filter or error handler of
 * the gateway sees them:
 * <ul>
 * <li>the HTTP codec refuses the request (request line over {@code server.netty.max-initial-line-length}
 * → 414, headers over {@code server.max-http-request-header-size} → 431, an unparsable request line → 400):
 * Reactor Netty answers with an empty response, which is replaced here by the same status as a problem;</li>
 * <li>the request target is not a URI (malformed {@code %} escapes, characters such as {@code " < > \ ^ ` { | }}):
 * Spring would answer an empty 400; it is answered here, as a problem, before reaching Spring.</li>
 * </ul>
 * Both close the connection afterwards, as Reactor Netty does after a decoding failure.
 */
@Component
class MalformedRequestProblems implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    private static final String HANDLER = "smenet.malformedRequestProblems";

    private final ProblemWriter problems;
    private final String correlationHeader;

    MalformedRequestProblems(ProblemWriter problems, GatewayProperties properties) {
        this.problems = problems;
        this.correlationHeader = properties.correlationHeader();
    }

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler());
            }
        }));
    }

    /** True when {@code target} is a request target Spring can turn into a {@link URI}. */
    static boolean isParsable(String target) {
        if (isPlainPath(target)) {
            return true;
        }
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The common case, decided without building a URI: only unreserved, sub-delims, {@code : @ / ? %XX}. */
    private static boolean isPlainPath(String target) {
        int length = target.length();
        for (int i = 0; i < length; i++) {
            char c = target.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (c == '%') {
                if (i + 2 >= length || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2))) {
                    return false;
                }
                i += 2;
                continue;
            }
            if ("-._~!$&'()*+,;=:@/?".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private FullHttpResponse problem(HttpResponseStatus status, String detail, String instance) {
        String correlationId = Correlation.accept(null);
        byte[] body = problems.render(Problem.forStatus(HttpStatus.valueOf(status.code()), detail), instance,
                correlationId);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Content-Type-Options", "nosniff")
                .set(correlationHeader, correlationId);
        return response;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 414 -> "The request line is longer than the gateway accepts.";
            case 431 -> "The request headers are larger than the gateway accepts.";
            default -> "The request is not valid HTTP.";
        };
    }

    /** One per connection: remembers whether the codec refused this connection's request. */
    private final class Handler extends ChannelDuplexHandler {

        private boolean decodingFailed;
        private boolean discarding;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (discarding) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                if (request.decoderResult().isFailure()) {
                    decodingFailed = true;
                } else if (!isParsable(request.uri())) {
                    discarding = !(msg instanceof LastHttpContent);
                    ReferenceCountUtil.release(msg);
                    ctx.writeAndFlush(problem(HttpResponseStatus.BAD_REQUEST,
                                    "The request target is not a valid URI (a malformed %-escape or a character "
                                            + "that must be percent-encoded).", null))
                            .addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (decodingFailed && msg instanceof FullHttpResponse response
                    && response.status().codeClass() == HttpStatusClass.CLIENT_ERROR
                    && !response.content().isReadable()
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                FullHttpResponse replacement = problem(response.status(), detailFor(response.status().code()), null);
                response.release();
                ctx.write(replacement, promise);
                return;
            }
            ctx.write(msg, promise);
        }
    }
}

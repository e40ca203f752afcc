package org.smenet.gateway.edge;

import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.netty.http.server.HttpServerRequest;

/** The request Reactor Netty received behind Spring's view of it, when there is one (not in mock exchanges). */
final class NettyRequests {

    private NettyRequests() {
    }

    static HttpServerRequest nativeOf(ServerHttpRequest request) {
        if (request instanceof AbstractServerHttpRequest server) {
            try {
                return server.getNativeRequest() instanceof HttpServerRequest netty ? netty : null;
            } catch (IllegalStateException noNativeRequest) {
                return null; // a mock request (tests): the portable path below handles it
            }
        }
        return null;
    }
}

package org.smenet.docstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, plus an answer to {@code hello}: MongoDB drivers and Spring Boot's Mongo health
 * indicator send {@code hello} (the successor of {@code isMaster}), which mongo-java-server 1.47 does not
 * know. It gets the {@code isMaster} reply with {@code isWritablePrimary} added.
 */
final class NodeBackend extends H2Backend {

    NodeBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
            Document hello = new Document();
            hello.put("isWritablePrimary", reply.getOrDefault("ismaster", Boolean.TRUE));
            hello.putAll(reply);
            hello.remove("ismaster");
            return hello;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}

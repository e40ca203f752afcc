package org.smenet.gateway.session;

import java.io.IOException;
import java.nio.file.Files;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The same, on the H2 file backend that {@code ./smenet up}'s document store runs. */
class MongoWebSessionStoreOnH2Test extends MongoWebSessionStoreTest {

    @Override
    MongoBackend backend() throws IOException {
        return new H2Backend(Files.createTempDirectory("gateway-sessions").resolve("store.mv").toString());
    }
}

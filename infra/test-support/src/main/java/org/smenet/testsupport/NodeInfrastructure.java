package org.smenet.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a Spring test on a real Kafka broker and a MongoDB-protocol store, chosen by {@link Mode}:
 * {@code SMENET_KAFKA_BOOTSTRAP} / {@code SMENET_MONGODB_URI} when set; else Testcontainers
 * ({@code apache/kafka}, {@code mongo}) when Docker is present; else the in-JVM KRaft broker and the
 * embedded mongo-java-server. The same test runs on all three.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface NodeInfrastructure {

    Mode mode() default Mode.AUTO;

    enum Mode {
        /** Environment variables, else containers where Docker exists, else embedded. */
        AUTO,
        /** Always Testcontainers; pair with {@code @Testcontainers(disabledWithoutDocker = true)}. */
        CONTAINERS
    }
}

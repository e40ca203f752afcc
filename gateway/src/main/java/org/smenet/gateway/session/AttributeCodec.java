package org.smenet.gateway.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * Session attributes to bytes and back, by Java serialization behind an allow-list: only what a sign-in leaves in
 * a session (Spring Security's context and OAuth2 classes, the JDK's collections, strings, numbers, times, URLs)
 * is ever read back, so a document written into the store by someone else cannot make the gateway build objects
 * of other classes. Anything else, and anything larger or deeper than a session ever is, is refused.
 * <p>
 * Bytes written by another version of Spring Security may no longer be readable; such a session is dropped and the
 * person signs in again, which is the only consequence.
 */
final class AttributeCodec {

    /** Thrown for bytes that are not an allowed attribute (refused class, truncated, incompatible version). */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=24", "maxrefs=4000", "maxbytes=262144", "maxarray=65536",
            "java.lang.String", "java.lang.Boolean", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character",
            "java.lang.Enum", "java.lang.Object", "java.lang.Record",
            "java.util.*", "java.time.*", "java.net.URL", "java.net.URI",
            "org.springframework.security.core.**", "org.springframework.security.authentication.*",
            "org.springframework.security.oauth2.**",
            "!*"));

    private AttributeCodec() {
    }

    static byte[] write(Object value) throws NotSerializableException {
        if (!(value instanceof Serializable)) {
            throw new NotSerializableException(value.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize a session attribute", e);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws Unreadable {
        Class<?>[] refusedClass = new Class<?>[1];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = ALLOWED.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    refusedClass[0] = info.serialClass();
                }
                return status;
            });
            return in.readObject();
        } catch (InvalidClassException refused) {
            throw new Unreadable("refused or incompatible class "
                    + (refusedClass[0] == null ? "" : refusedClass[0].getName()) + ": " + refused.getMessage(), refused);
        } catch (IOException | ClassNotFoundException | RuntimeException broken) {
            throw new Unreadable("unreadable: " + broken, broken);
        }
    }
}

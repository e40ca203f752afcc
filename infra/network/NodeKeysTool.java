// The federation's key files, for the launcher (./smenet network) and operators; plain JDK 17, run from source:
//
//   java infra/network/NodeKeysTool.java key   <key-file> <ECONOMY>[,<ECONOMY>...]   create the node's Ed25519 key file if missing
//   java infra/network/NodeKeysTool.java jwks  <key-file>                             print its public JWK set (what peers pin)
//   java infra/network/NodeKeysTool.java peers <peers-file> <ALIAS>=<key-or-jwks-file>...  write the trusted peers file
//   java infra/network/NodeKeysTool.java network <dir> <E1> <E2>...   every node of a one-machine network: creates
//        <dir>/<E>/node/signing-keys.json where missing and writes each <dir>/<E>/node/peers.json with all the others
//
// The key file is the one the services' kit reads (SMENET_NODE_KEY_FILE): {"keys":[{"kty":"OKP","crv":"Ed25519",
// "kid":...,"use":"sig","alg":"EdDSA","economies":[...],"x":...,"d":...}]}, first key signs. The peers file is what
// the kit re-reads on change (SMENET_PEERS_FILE): {"peers":{"VN":{"economies":["VN"],"jwks":{"keys":[...]}}}}.
// Private parts ("d") never leave the key file: jwks and peers drop them.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class NodeKeysTool {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        switch (args[0]) {
            case "key" -> {
                if (args.length != 3) {
                    usage();
                }
                key(Path.of(args[1]), List.of(args[2].split(",")));
            }
            case "jwks" -> System.out.println(Json.write(publicSet(Path.of(args[1])), ""));
            case "peers" -> peers(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            case "network" -> network(Path.of(args[1]), List.of(Arrays.copyOfRange(args, 2, args.length)));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: NodeKeysTool key <key-file> <ECONOMY>[,...] | jwks <key-file> | "
                + "peers <peers-file> <ALIAS>=<key-or-jwks-file>...");
        System.exit(2);
    }

    static void network(Path dir, List<String> economies) throws Exception {
        for (String economy : economies) {
            key(keyFile(dir, economy), List.of(economy));
        }
        for (String economy : economies) {
            List<String> others = new ArrayList<>();
            for (String peer : economies) {
                if (!peer.equals(economy)) {
                    others.add(peer + "=" + keyFile(dir, peer));
                }
            }
            peers(dir.resolve(economy).resolve("node").resolve("peers.json"), others.toArray(String[]::new));
        }
    }

    private static Path keyFile(Path dir, String economy) {
        return dir.resolve(economy).resolve("node").resolve("signing-keys.json");
    }

    static void key(Path file, List<String> economies) throws Exception {
        if (Files.exists(file)) {
            publicSet(file); // fails loudly if it is not a key set
            return;
        }
        for (String economy : economies) {
            if (!economy.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not an economy code: " + economy);
            }
        }
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = pair.getPublic().getEncoded();   // 302a300506032b6570032100 + x (32 bytes)
        byte[] pkcs8 = pair.getPrivate().getEncoded(); // 302e020100300506032b657004220420 + d (32 bytes)
        var b64 = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("kid", String.join("-", economies) + "-" + LocalDate.now(ZoneOffset.UTC) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        jwk.put("economies", List.copyOf(economies));
        jwk.put("x", b64.encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length)));
        jwk.put("d", b64.encodeToString(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length)));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".signing-keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort
            }
            Files.writeString(temp, Json.write(Map.of("keys", List.of(jwk)), "") + "\n");
            try {
                Files.createLink(file, temp); // fails if a service created it meanwhile: keep theirs
            } catch (FileAlreadyExistsException created) {
                // keep the existing one
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        System.err.println("created " + file + " (key " + jwk.get("kid") + ")");
    }

    /** The public parts of a key file or of a JWK set file. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> publicSet(Path file) throws IOException {
        Object root = new Json(Files.readString(file, StandardCharsets.UTF_8)).parse();
        if (!(root instanceof Map<?, ?> set) || !(set.get("keys") instanceof List<?> keys) || keys.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no JWK set");
        }
        List<Map<String, Object>> published = new ArrayList<>();
        for (Object key : keys) {
            Map<String, Object> jwk = new LinkedHashMap<>((Map<String, Object>) key);
            if (!"OKP".equals(jwk.get("kty")) || !"Ed25519".equals(jwk.get("crv")) || jwk.get("kid") == null
                    || jwk.get("x") == null) {
                throw new IllegalArgumentException(file + ": every key must be an Ed25519 OKP JWK with kid and x");
            }
            jwk.remove("d");
            published.add(jwk);
        }
        return Map.of("keys", published);
    }

    @SuppressWarnings("unchecked")
    static void peers(Path out, String[] entries) throws IOException {
        Map<String, Object> peers = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected ALIAS=file, got " + entry);
            }
            String alias = entry.substring(0, eq);
            Map<String, Object> set = publicSet(Path.of(entry.substring(eq + 1)));
            List<String> economies = new ArrayList<>();
            for (Map<String, Object> jwk : (List<Map<String, Object>>) set.get("keys")) {
                if (jwk.get("economies") instanceof List<?> list) {
                    list.forEach(e -> {
                        if (!economies.contains(e)) {
                            economies.add((String) e);
                        }
                    });
                }
            }
            Map<String, Object> peer = new LinkedHashMap<>();
            peer.put("economies", economies.isEmpty() ? List.of(alias) : economies);
            peer.put("jwks", set);
            peers.put(alias, peer);
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".peers", ".tmp");
        Files.writeString(temp, Json.write(Map.of("peers", peers), "") + "\n");
        // an atomic replace: the services re-read the file when it changes and must never see half of it
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Just enough JSON for JWK sets: objects, arrays, strings, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object value = value();
            ws();
            if (i != s.length()) {
                throw error("trailing characters");
            }
            return value;
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                ws();
                if (peek('}')) {
                    i++;
                    return map;
                }
                while (true) {
                    ws();
                    String key = string();
                    ws();
                    expect(':');
                    map.put(key, value());
                    ws();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    expect('}');
                    return map;
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                ws();
                if (peek(']')) {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    ws();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    expect(']');
                    return list;
                }
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character");
            }
            return Double.valueOf(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("unterminated string");
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i);
        }

        static String write(Object value, String indent) {
            String in = indent + "  ";
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    return "{}";
                }
                StringBuilder out = new StringBuilder("{\n");
                int n = 0;
                for (var entry : map.entrySet()) {
                    out.append(in).append(quote((String) entry.getKey())).append(": ")
                            .append(write(entry.getValue(), in)).append(++n < map.size() ? ",\n" : "\n");
                }
                return out.append(indent).append('}').toString();
            }
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    return "[]";
                }
                if (list.stream().allMatch(v -> v instanceof String)) {
                    return "[ " + String.join(", ", list.stream().map(v -> quote((String) v)).toList()) + " ]";
                }
                StringBuilder out = new StringBuilder("[\n");
                for (int n = 0; n < list.size(); n++) {
                    out.append(in).append(write(list.get(n), in)).append(n + 1 < list.size() ? ",\n" : "\n");
                }
                return out.append(indent).append(']').toString();
            }
            if (value instanceof String text) {
                return quote(text);
            }
            if (value instanceof Double d && d == Math.rint(d)) {
                return Long.toString(d.longValue());
            }
            return String.valueOf(value);
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}

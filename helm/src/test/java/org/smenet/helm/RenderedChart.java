package org.smenet.helm;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The chart rendered by a real Helm (helm-java embeds Helm 3) and read back as Kubernetes objects.
 *
 * <p>helm-java's {@code template} leaves hook resources out (the topic Job), so the chart is rendered from a
 * copy whose {@code helm.sh/hook*} annotations are renamed to {@code smenet.test/hook*}: the hooks then come
 * out as ordinary documents, their hook settings still readable. Renders are cached per set of values: one
 * Helm call per distinct input keeps the module's tests to a few seconds.
 */
final class RenderedChart {

    static final Path CHART = Path.of("smenet").toAbsolutePath();
    static final String KUBE_VERSION = "1.31.0";
    static final String RELEASE = "node";

    private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();
    private static volatile Path hooksVisible;

    final String yaml;
    final List<HasMetadata> objects;

    private RenderedChart(String yaml) {
        this.yaml = yaml;
        this.objects = parse(yaml);
    }

    /** The chart with its defaults, or with the example values files named (e.g. "cl.yaml"). */
    static RenderedChart withExamples(String... examples) {
        return CACHE.computeIfAbsent("examples:" + String.join(",", examples), key -> {
            var template = helm().template().withName(RELEASE).withNamespace("smenet").withKubeVersion(KUBE_VERSION);
            for (String example : examples) {
                template = template.withValuesFile(CHART.resolve("examples").resolve(example));
            }
            return new RenderedChart(template.call());
        });
    }

    /** The chart with the defaults plus --set pairs (name, value, name, value, …). */
    static RenderedChart withSet(String... pairs) {
        return CACHE.computeIfAbsent("set:" + String.join("|", pairs), key -> new RenderedChart(template(pairs)));
    }

    /** Renders, or throws Helm's own error (schema violations included). */
    static String template(String... pairs) {
        var template = helm().template().withName(RELEASE).withNamespace("smenet").withKubeVersion(KUBE_VERSION);
        for (int i = 0; i < pairs.length; i += 2) {
            template = template.set(pairs[i], pairs[i + 1]);
        }
        return template.call();
    }

    static Helm helm() {
        return new Helm(hooksVisible());
    }

    private static synchronized Path hooksVisible() {
        if (hooksVisible == null) {
            try {
                Path copy = Files.createTempDirectory("smenet-chart-").resolve("smenet");
                try (Stream<Path> files = Files.walk(CHART)) {
                    for (Path source : (Iterable<Path>) files::iterator) {
                        Path target = copy.resolve(CHART.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(target);
                        } else {
                            Files.writeString(target, Files.readString(source).replace("helm.sh/hook", "smenet.test/hook"));
                        }
                    }
                }
                hooksVisible = copy;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy.getParent())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hooksVisible;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind is harmless
        }
    }

    static List<String> documents(String yaml) {
        return Arrays.stream(yaml.split("(?m)^---\\s*$"))
                .filter(doc -> doc.lines().anyMatch(line -> line.startsWith("kind:")))
                .toList();
    }

    private static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> parsed = new ArrayList<>();
        for (String doc : documents(yaml)) {
            parsed.add(Serialization.unmarshal(doc, HasMetadata.class));
        }
        return parsed;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<HasMetadata> ofKind(String kind) {
        return objects.stream().filter(o -> o.getKind().equals(kind)).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String component) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name(component))).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String component) {
        return find(type, component).orElseThrow(() -> new AssertionError(
                "no " + type.getSimpleName() + " " + name(component) + " rendered"));
    }

    Deployment deployment(String component) {
        return get(Deployment.class, component);
    }

    ConfigMap configMap(String component) {
        return get(ConfigMap.class, component);
    }

    static String name(String component) {
        return RELEASE + "-smenet-" + component;
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst();
    }

    static String component(HasMetadata object) {
        return object.getMetadata().getLabels().get("app.kubernetes.io/component");
    }
}

package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rendered document is a Kubernetes object of its kind, with no field its kind does not have. */
class KubernetesKindsTest {

    /** Kinds of operators' CRDs: no model class, checked by their own assertions elsewhere. */
    private static final Set<String> CUSTOM_KINDS = Set.of("ServiceMonitor");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void everyDocumentParsesAsItsKind(String values) {
        var chart = values.equals("defaults") ? RenderedChart.withExamples() : RenderedChart.withExamples(values);

        assertThat(chart.objects).isNotEmpty();
        assertThat(chart.objects).hasSize(RenderedChart.documents(chart.yaml).size());
        for (HasMetadata object : chart.objects) {
            assertThat(object.getMetadata().getName()).as("name of a %s", object.getKind()).isNotBlank();
            if (CUSTOM_KINDS.contains(object.getKind())) {
                assertThat(object).isInstanceOf(GenericKubernetesResource.class);
                continue;
            }
            assertThat(object).as("%s %s", object.getKind(), object.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
            List<String> unknown = new ArrayList<>();
            unknownFields(object, object.getKind() + "/" + object.getMetadata().getName(), unknown);
            assertThat(unknown).as("fields the kind does not have").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void rendersNoSecretObject(String values) {
        var chart = values.equals("defaults") ? RenderedChart.withExamples() : RenderedChart.withExamples(values);

        assertThat(chart.ofKind("Secret")).as("the chart only names existing Secrets").isEmpty();
    }

    /** fabric8 keeps a field its model lacks in additionalProperties: any non-empty one is a typo. */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + " " + extra.keySet());
                }
            } else {
                unknownFields(field, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}

{{/*
One Java component of the node: Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler
(optional), NetworkPolicy and ServiceMonitor (optional).
Called with dict:
  root      the chart's root context
  name      registry | matchmaking | opportunities | training | consultation | gateway | portal
  role      service (Kafka + MongoDB + signing keys) | gateway | portal
  extraEnv  YAML list of env entries only this component needs
*/}}
{{- define "smenet.component" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $role := .role -}}
{{- $c := index $root.Values $name -}}
{{- $g := $root.Values.global -}}
{{- $ctx := dict "root" $root "name" $name -}}
{{- $fullname := include "smenet.componentName" $ctx -}}
{{- if $c.enabled }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
spec:
  {{- if not $c.autoscaling.enabled }}
  replicas: {{ $c.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
{{ include "smenet.selectorLabels" $ctx | indent 6 }}
  template:
    metadata:
      labels:
{{ include "smenet.labels" $ctx | indent 8 }}
      annotations:
        kubectl.kubernetes.io/default-container: {{ $name }}
        {{- if eq $role "service" }}
        checksum/node-config: {{ include (print $root.Template.BasePath "/node-config.yaml") $root | sha256sum }}
        {{- end }}
        {{- with $c.podAnnotations }}
{{ toYaml . | indent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "smenet.serviceAccountName" $root }}
      automountServiceAccountToken: false
      # no <SERVICE>_PORT=tcp://… variables: they would collide with SMENET_<SERVICE>_PORT
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $root.Values.podDefaults.terminationGracePeriodSeconds }}
      {{- with $g.imagePullSecrets }}
      imagePullSecrets:
{{ toYaml . | indent 8 }}
      {{- end }}
      securityContext:
{{ include "smenet.podSecurityContext" (dict "root" $root "component" $c) | indent 8 }}
{{ include "smenet.scheduling" $ctx | indent 6 }}
      containers:
        - name: {{ $name }}
          image: {{ include "smenet.image" (dict "root" $root "image" $c.image "own" true) | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
          env:
            - name: SMENET_HOST
              value: "0.0.0.0"
            - name: PORT
              value: {{ $c.port | quote }}
            - name: SMENET_{{ upper $name }}_PORT
              value: {{ $c.port | quote }}
            - name: SMENET_ECONOMIES
              value: {{ join "," $g.economies | quote }}
            - name: SMENET_DEMO
              value: {{ $g.demo | quote }}
            - name: SMENET_ISSUER_URI
              value: {{ $g.issuer.uri | quote }}
            {{- with $g.issuer.jwkSetUri }}
            - name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI
              value: {{ . | quote }}
            {{- end }}
            - name: SMENET_PUBLIC_BASE_URL
              value: {{ $g.publicUrl | quote }}
            - name: JAVA_TOOL_OPTIONS
              value: {{ trim (printf "%s %s" $g.javaOpts $c.javaOpts) | quote }}
            {{- if eq $role "service" }}
            - name: SMENET_KAFKA_BOOTSTRAP
              value: {{ $g.kafka.bootstrapServers | quote }}
            - name: SMENET_KAFKA_PARTITIONS
              value: {{ $root.Values.topics.partitions | quote }}
            - name: SMENET_MONGODB_URI
              valueFrom:
                secretKeyRef:
                  name: {{ $c.mongodb.existingSecret }}
                  key: {{ $c.mongodb.uriKey }}
            - name: SMENET_MONGO_HEALTH
              value: {{ $g.mongodb.healthCheck | quote }}
            - name: SMENET_NODE_KEY_FILE
              value: /etc/smenet/node-key/{{ $g.nodeKey.key }}
            - name: SMENET_PEERS_FILE
              value: /etc/smenet/peers/{{ $g.peerKeys.key }}
            - name: SPRING_CONFIG_ADDITIONAL_LOCATION
              value: optional:file:/etc/smenet/config/smenet-node.yaml
{{- include "smenet.kafkaSecretEnv" $root | indent 12 }}
            {{- end }}
            {{- with .extraEnv }}
{{ . | indent 12 }}
            {{- end }}
            {{- range $k, $v := $c.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
{{- include "smenet.secretEnv" $c.secretEnv | indent 12 }}
          {{- with $root.Values.podDefaults.preStopSleepSeconds }}
          # the endpoint is removed from the Services while the pod still serves; then graceful shutdown
          lifecycle:
            preStop:
              exec:
                command: ["sleep", {{ . | quote }}]
          {{- end }}
          startupProbe:
            httpGet: { path: /actuator/health/liveness, port: http }
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: {{ ($c.probes).startupFailureThreshold | default 36 }}
          livenessProbe:
            httpGet: { path: /actuator/health/liveness, port: http }
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet: { path: /actuator/health/readiness, port: http }
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          resources:
{{ toYaml $c.resources | indent 12 }}
          securityContext:
{{ include "smenet.containerSecurityContext" (dict "root" $root "component" $c) | indent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if eq $role "service" }}
            - name: node-config
              mountPath: /etc/smenet/config
              readOnly: true
            - name: node-key
              mountPath: /etc/smenet/node-key
              readOnly: true
            - name: peer-keys
              mountPath: /etc/smenet/peers
              readOnly: true
            {{- if and (hasSuffix "SSL" $g.kafka.securityProtocol) $g.kafka.tls.existingSecret }}
            - name: kafka-tls
              mountPath: /etc/smenet/kafka-tls
              readOnly: true
            {{- end }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $root.Values.podDefaults.tmpSizeLimit }}
        {{- if eq $role "service" }}
        - name: node-config
          configMap:
            name: {{ include "smenet.nodeConfigName" $root }}
        - name: node-key
          secret:
            secretName: {{ $g.nodeKey.existingSecret }}
            defaultMode: 0440
            items:
              - key: {{ $g.nodeKey.key }}
                path: {{ $g.nodeKey.key }}
        - name: peer-keys
          configMap:
            name: {{ $g.peerKeys.existingConfigMap }}
            # a node without peers needs no trust list yet
            optional: {{ empty $g.peers }}
        {{- if and (hasSuffix "SSL" $g.kafka.securityProtocol) $g.kafka.tls.existingSecret }}
        - name: kafka-tls
          secret:
            secretName: {{ $g.kafka.tls.existingSecret }}
        {{- end }}
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
  {{- with ($c.service).annotations }}
  annotations:
{{ toYaml . | indent 4 }}
  {{- end }}
spec:
  type: {{ ($c.service).type | default "ClusterIP" }}
  selector:
{{ include "smenet.selectorLabels" $ctx | indent 4 }}
  ports:
    - name: http
      port: {{ $c.port }}
      targetPort: http
      protocol: TCP
{{- if $c.pdb.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
spec:
  maxUnavailable: {{ $c.pdb.maxUnavailable }}
  selector:
    matchLabels:
{{ include "smenet.selectorLabels" $ctx | indent 6 }}
{{- end }}
{{- if $c.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $c.autoscaling.minReplicas }}
  maxReplicas: {{ $c.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $c.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- if and $g.serviceMonitor.enabled (ne $c.prometheus false) }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
{{- with $g.serviceMonitor.labels }}
{{ toYaml . | indent 4 }}
{{- end }}
spec:
  selector:
    matchLabels:
{{ include "smenet.selectorLabels" $ctx | indent 6 }}
  endpoints:
    - port: http
      path: /actuator/prometheus
      interval: {{ $g.serviceMonitor.interval }}
{{- end }}
{{- if $g.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $fullname }}
  labels:
{{ include "smenet.labels" $ctx | indent 4 }}
spec:
  podSelector:
    matchLabels:
{{ include "smenet.selectorLabels" $ctx | indent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- if eq $role "gateway" }}
    # the one entry of the node
    - ports:
        - port: http
          protocol: TCP
      {{- with $g.networkPolicy.gatewayFrom }}
      from:
{{ toYaml . | indent 8 }}
      {{- end }}
    {{- else }}
    # only the gateway calls it{{ if and (eq $role "service") $root.Values.portal.enabled }} (and the portal, which renders pages from the services' APIs){{ end }}
    - from:
        - podSelector:
            matchLabels:
{{ include "smenet.selectorLabels" (dict "root" $root "name" "gateway") | indent 14 }}
        {{- if and (eq $role "service") $root.Values.portal.enabled }}
        - podSelector:
            matchLabels:
{{ include "smenet.selectorLabels" (dict "root" $root "name" "portal") | indent 14 }}
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    {{- if and $g.serviceMonitor.enabled (ne $c.prometheus false) }}
    - from:
{{ toYaml $g.networkPolicy.prometheusFrom | indent 8 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
  egress:
{{ include "smenet.dnsEgress" $g.networkPolicy.dns | indent 4 }}
{{ include "smenet.egressRule" $g.networkPolicy.issuer | indent 4 }}
    {{- if eq $role "service" }}
{{ include "smenet.egressRule" $g.networkPolicy.kafka | indent 4 }}
{{ include "smenet.egressRule" $g.networkPolicy.mongodb | indent 4 }}
    {{- else if and (eq $role "gateway") (eq (($c.sessions).store | default "mongo") "mongo") }}
    # the gateway's sessions
{{ include "smenet.egressRule" $g.networkPolicy.mongodb | indent 4 }}
    {{- end }}
    {{- if or (eq $role "gateway") (eq $role "portal") }}
    {{- range $svc := without (list "registry" "matchmaking" "opportunities" "training" "consultation" "portal") $name }}
    {{- $sc := index $root.Values $svc }}
    {{- if $sc.enabled }}
    - to:
        - podSelector:
            matchLabels:
{{ include "smenet.selectorLabels" (dict "root" $root "name" $svc) | indent 14 }}
      ports:
        - port: {{ $sc.port }}
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- end }}
    {{- if eq $role "gateway" }}
    {{- with $c.redis.egress }}
{{ toYaml . | indent 4 }}
    {{- end }}
    {{- end }}
    {{- if eq $role "portal" }}
    # the portal also calls the gateway
    - to:
        - podSelector:
            matchLabels:
{{ include "smenet.selectorLabels" (dict "root" $root "name" "gateway") | indent 14 }}
      ports:
        - port: {{ $root.Values.gateway.port }}
          protocol: TCP
    {{- end }}
    {{- with $c.extraEgress }}
{{ toYaml . | indent 4 }}
    {{- end }}
{{- end }}
{{- end }}
{{- end -}}

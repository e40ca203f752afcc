{{/*
Names, labels and the one pod shape every Java component shares. A component template (registry.yaml,
gateway.yaml, …) calls "smenet.component" with its name and the env that only it needs.
*/}}

{{- define "smenet.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "smenet.componentName" -}}
{{- printf "%s-%s" (include "smenet.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "smenet.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "smenet.labels" -}}
{{ include "smenet.selectorLabels" . }}
app.kubernetes.io/part-of: smenet
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
smenet.org/economy: {{ first .root.Values.global.economies | quote }}
{{- end -}}

{{- define "smenet.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "smenet.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/*
registry/repository:tag or @digest. The smenet images (own=true) take global.image.registry and the
chart's appVersion by default; other images (Kafka) only their own registry and tag.
*/}}
{{- define "smenet.image" -}}
{{- $registry := .image.registry | default (ternary .root.Values.global.image.registry "" (default false .own)) -}}
{{- $repo := .image.repository -}}
{{- if $registry -}}{{- $repo = printf "%s/%s" (trimSuffix "/" $registry) $repo -}}{{- end -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $repo .image.digest -}}
{{- else if .own -}}
{{- printf "%s:%s" $repo (.image.tag | default .root.Values.global.image.tag | default .root.Chart.AppVersion) -}}
{{- else -}}
{{- printf "%s:%s" $repo .image.tag -}}
{{- end -}}
{{- end -}}

{{- define "smenet.nodeConfigName" -}}
{{- printf "%s-node" (include "smenet.fullname" .) -}}
{{- end -}}

{{/* "host:port,host:port" -> list of distinct ports (as integers) */}}
{{- define "smenet.bootstrapPorts" -}}
{{- $ports := list -}}
{{- range (splitList "," .) -}}
{{- $p := regexFind "[0-9]+$" (trim .) -}}
{{- if and $p (not (has (atoi $p) $ports)) -}}{{- $ports = append $ports (atoi $p) -}}{{- end -}}
{{- end -}}
{{- toJson $ports -}}
{{- end -}}

{{/* NetworkPolicy egress rule: . = dict "to" list "ports" list of port numbers */}}
{{- define "smenet.egressRule" -}}
- to:
{{ toYaml .to | indent 4 }}
  ports:
{{- range .ports }}
    - port: {{ . }}
      protocol: TCP
{{- end }}
{{- end -}}

{{- define "smenet.dnsEgress" -}}
- to:
{{ toYaml .to | indent 4 }}
  ports:
{{- range .ports }}
    - port: {{ . }}
      protocol: UDP
    - port: {{ . }}
      protocol: TCP
{{- end }}
{{- end -}}

{{/* Kafka client settings for Spring: security protocol, SASL and the brokers' CA, secrets by placeholder */}}
{{- define "smenet.kafkaSpringConfig" -}}
{{- $k := .Values.global.kafka -}}
spring:
  kafka:
    security:
      protocol: {{ $k.securityProtocol }}
{{- if or (hasPrefix "SASL" $k.securityProtocol) (and (hasSuffix "SSL" $k.securityProtocol) $k.tls.existingSecret) }}
{{- if and (hasSuffix "SSL" $k.securityProtocol) $k.tls.existingSecret }}
    ssl:
      trust-store-type: PEM
      trust-store-location: file:/etc/smenet/kafka-tls/{{ $k.tls.caKey }}
{{- end }}
{{- if hasPrefix "SASL" $k.securityProtocol }}
    properties:
      sasl.mechanism: {{ $k.sasl.mechanism }}
      # the credentials come from the Secret {{ $k.sasl.existingSecret }} through the environment
      sasl.jaas.config: {{ include "smenet.jaas" (dict "mechanism" $k.sasl.mechanism "user" "${SMENET_KAFKA_USERNAME}" "password" "${SMENET_KAFKA_PASSWORD}") | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "smenet.jaas" -}}
{{- if eq .mechanism "PLAIN" -}}
org.apache.kafka.common.security.plain.PlainLoginModule required username="{{ .user }}" password="{{ .password }}";
{{- else -}}
org.apache.kafka.common.security.scram.ScramLoginModule required username="{{ .user }}" password="{{ .password }}";
{{- end -}}
{{- end -}}

{{/* env of the Kafka credentials (secretKeyRef), for a component that talks to the local Kafka */}}
{{- define "smenet.kafkaSecretEnv" -}}
{{- $k := .Values.global.kafka -}}
{{- if hasPrefix "SASL" $k.securityProtocol }}
- name: SMENET_KAFKA_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $k.sasl.existingSecret }}
      key: {{ $k.sasl.usernameKey }}
- name: SMENET_KAFKA_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $k.sasl.existingSecret }}
      key: {{ $k.sasl.passwordKey }}
{{- end }}
{{- end -}}

{{/* env entries from a map NAME: {secret, key} */}}
{{- define "smenet.secretEnv" -}}
{{- range $name, $ref := . }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secret }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}

{{- define "smenet.podSecurityContext" -}}
{{- toYaml (.component.podSecurityContext | default .root.Values.podDefaults.securityContext) -}}
{{- end -}}

{{- define "smenet.containerSecurityContext" -}}
{{- toYaml (.component.securityContext | default .root.Values.podDefaults.containerSecurityContext) -}}
{{- end -}}

{{/* scheduling shared by every Deployment: spread replicas over nodes and zones */}}
{{- define "smenet.scheduling" -}}
{{- $d := .root.Values.podDefaults -}}
{{- with $d.nodeSelector }}
nodeSelector:
{{ toYaml . | indent 2 }}
{{- end }}
{{- with $d.tolerations }}
tolerations:
{{ toYaml . | indent 2 }}
{{- end }}
{{- with $d.affinity }}
affinity:
{{ toYaml . | indent 2 }}
{{- end }}
{{- if $d.topologySpread }}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
{{ include "smenet.selectorLabels" . | indent 8 }}
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
{{ include "smenet.selectorLabels" . | indent 8 }}
{{- end }}
{{- end -}}

{{/* SMENET_<SERVICE>_URI of every service of the release (the gateway routes to them, the portal reads them) */}}
{{- define "smenet.serviceUris" -}}
{{- $fn := include "smenet.fullname" . -}}
{{- $env := list -}}
{{- range $svc := list "registry" "matchmaking" "opportunities" "training" "consultation" -}}
{{- $env = append $env (dict "name" (printf "SMENET_%s_URI" (upper $svc)) "value" (printf "http://%s-%s:%v" $fn $svc (index $.Values $svc).port)) -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}

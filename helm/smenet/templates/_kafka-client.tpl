{{/*
Kafka client properties of one cluster as MirrorMaker 2 and kafka-topics.sh read them.
dict: prefix ("CL." or ""), securityProtocol, sasl, tls, caPath, user, password (placeholders)
*/}}
{{- define "smenet.kafkaClientProperties" -}}
{{ .prefix }}security.protocol={{ .securityProtocol }}
{{- if hasPrefix "SASL" .securityProtocol }}
{{ .prefix }}sasl.mechanism={{ .sasl.mechanism }}
{{ .prefix }}sasl.jaas.config={{ include "smenet.jaas" (dict "mechanism" .sasl.mechanism "user" .user "password" .password) }}
{{- end }}
{{- if and (hasSuffix "SSL" .securityProtocol) .tls.existingSecret }}
{{ .prefix }}ssl.truststore.type=PEM
{{ .prefix }}ssl.truststore.location={{ .caPath }}
{{- end }}
{{- end -}}

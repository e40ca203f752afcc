#!/usr/bin/env python3
"""Writes the consultation service's JSON Schemas and AsyncAPI document (run from the repository root)."""
import json, os

ROOT = 'contracts/src/main/resources'
ECON = {"type": "string", "pattern": "^[A-Z]{2}$"}
ECON_DESC = dict(ECON, description="ISO 3166-1 alpha-2 code of the economy whose node published the event.")
TS = {"type": "string", "format": "date-time"}
ID = lambda d: {"description": d, "type": "string", "minLength": 1}
HS = {"type": "array", "items": {"type": "string", "pattern": "^([0-9]{2}|[0-9]{4}|[0-9]{6})$"}}
ISIC = {"type": "array", "items": {"type": "string", "pattern": "^([A-U]|[0-9]{2,4})$"}}
ECONS = {"type": "array", "items": ECON}
STATUS = {"type": "string", "enum": ["DRAFT", "OPEN", "CLOSED", "SUMMARISED", "PUBLISHED"]}
AREAS = ["TRADE_FACILITATION", "SPS", "TBT_AND_STANDARDS", "SERVICES", "INVESTMENT", "DOUBLE_TAXATION",
         "TRADE_FINANCING_AND_INSURANCE", "SHIPPING_AND_LOGISTICS", "E_COMMERCE", "MARKET_ACCESS"]
AREA = {"description": "The policy area (documented list in the consultation CANVAS).", "type": "string", "enum": AREAS}

def nullable(s):
    s = dict(s)
    t = s.get("type")
    s["type"] = [t, "null"] if isinstance(t, str) else t
    return s

schemas = {
  "consultation-changed": ("ConsultationChanged",
    "Data of org.smenet.consultation.consultation.{drafted,updated,opened,closed,summarised,outcome-published}.v1: a consultation's lifecycle step and its state after it.",
    ["consultationId", "economy", "status", "title", "policyArea", "audience", "openingOrg", "closesAt", "at"],
    {"consultationId": ID("Aggregate id; also the Kafka key and ce_subject."),
     "economy": ECON_DESC, "status": STATUS,
     "title": {"type": "string", "minLength": 1, "maxLength": 300}, "policyArea": AREA,
     "audience": {"description": "Who may respond: OWN_ECONOMY or the whole NETWORK.", "type": "string", "enum": ["OWN_ECONOMY", "NETWORK"]},
     "hsCodes": nullable(dict(HS, description="Affected HS 2022 codes (chapter, heading or subheading).")),
     "isicCodes": nullable(dict(ISIC, description="Affected ISIC Rev.4 codes (section to class).")),
     "economiesConcerned": nullable(ECONS),
     "openingOrg": ID("Organisation id of the government focal point that drafted and opens the consultation."),
     "opensAt": nullable(dict(TS, description="When it opened (planned date while a draft).")),
     "closesAt": dict(TS, description="When it closes automatically."),
     "at": dict(TS, description="When the step happened.")}),
  "affected-enterprises-identified": ("AffectedEnterprisesIdentified",
    "Data of org.smenet.consultation.consultation.affected-enterprises-identified.v1: the enterprises whose HS or ISIC codes an opening consultation affects, from the service's read model of the registry's enterprise events.",
    ["consultationId", "economy", "enterprises", "at"],
    {"consultationId": ID("Aggregate id; also the Kafka key and ce_subject."),
     "economy": ECON_DESC,
     "enterprises": {"type": "array", "items": {"type": "object", "required": ["enterpriseId", "economy", "ownerOrg"],
        "properties": {"enterpriseId": ID("The registry's enterprise id."), "economy": ECON,
                       "ownerOrg": nullable(ID("Organisation that owns the enterprise: whom to notify."))}}},
     "at": TS}),
  "public-consultation": ("PublicConsultation",
    "Data of org.smenet.consultation.consultation.published.v1: the network-public state of a consultation open to the whole network, with its document's sections and its questions (so other economies' nodes can take submissions against them). Never submissions or respondents.",
    ["consultationId", "economy", "status", "title", "summary", "policyArea", "closesAt", "at"],
    {"consultationId": ID("Aggregate id; also the Kafka key and ce_subject."),
     "economy": ECON_DESC, "status": STATUS,
     "title": {"type": "string", "minLength": 1, "maxLength": 300},
     "summary": {"type": "string", "maxLength": 5000}, "policyArea": AREA,
     "hsCodes": nullable(HS), "isicCodes": nullable(ISIC), "economiesConcerned": nullable(ECONS),
     "opensAt": nullable(TS), "closesAt": TS,
     "outcome": {"description": "The published outcome note, once published.", "type": ["string", "null"], "maxLength": 20000},
     "at": TS,
     "sections": {"description": "The document's numbered sections (comments anchor to a number). Absent in records published before federation.",
        "type": ["array", "null"], "items": {"type": "object", "required": ["number", "heading"], "properties": {
         "number": {"type": "integer", "minimum": 1}, "heading": {"type": "string"}}}},
     "questions": {"description": "The questions. Absent in records published before federation.",
        "type": ["array", "null"], "items": {"type": "object", "required": ["id", "kind", "text"], "properties": {
         "id": {"type": "string", "minLength": 1},
         "kind": {"type": "string", "enum": ["FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "AGREEMENT_SCALE"]},
         "text": {"type": "string"},
         "options": {"description": "The options of a choice question.", "type": ["array", "null"], "items": {"type": "string"}}}}}}),
  "submission-changed": ("SubmissionChanged",
    "Data of org.smenet.consultation.submission.{submitted,updated}.v1: an organisation responded to a consultation, or edited its response. Never the answers or comments.",
    ["submissionId", "economy", "consultationId", "respondentOrg", "respondentKind", "confidential", "answers", "comments", "at"],
    {"submissionId": ID("Aggregate id; also the Kafka key and ce_subject."),
     "economy": dict(ECON, description="Economy of the respondent (a hosted economy)."),
     "consultationId": ID("The consultation responded to."),
     "respondentOrg": ID("Organisation id of the respondent (one submission per organisation and consultation)."),
     "respondentKind": {"type": "string", "enum": ["ENTERPRISE", "BUSINESS_ASSOCIATION", "CHAMBER"]},
     "confidential": {"type": "boolean"},
     "answers": {"description": "Number of questions answered.", "type": "integer", "minimum": 0},
     "comments": {"description": "Number of comments anchored to document sections.", "type": "integer", "minimum": 0},
     "at": TS}),
  "submission-hidden": ("SubmissionHidden",
    "Data of org.smenet.consultation.submission.hidden.v1: the opening focal point hid a submission, with a reason (never deleted).",
    ["submissionId", "economy", "consultationId", "moderatorOrg", "reason", "at"],
    {"submissionId": ID("Aggregate id; also the Kafka key and ce_subject."),
     "economy": dict(ECON, description="Economy of the respondent."),
     "consultationId": ID("The consultation."), "moderatorOrg": ID("The opening focal point's organisation."),
     "reason": {"type": "string", "minLength": 1, "maxLength": 1000}, "at": TS}),
  "expert-group-changed": ("ExpertGroupChanged",
    "Data of org.smenet.consultation.expert-group.formed.v1: an expert group of a sector and its members.",
    ["groupId", "economy", "name", "sectorIsic", "members", "at"],
    {"groupId": ID("Aggregate id; also the Kafka key and ce_subject."), "economy": ECON_DESC,
     "name": {"type": "string", "minLength": 1, "maxLength": 300},
     "sectorIsic": {"description": "ISIC Rev.4 code of the sector.", "type": "string", "pattern": "^([A-U]|[0-9]{2,4})$"},
     "members": {"description": "Organisation ids of the members.", "type": "array", "items": {"type": "string", "minLength": 1}},
     "at": TS}),
  "review-noted": ("ReviewNoted",
    "Data of org.smenet.consultation.expert-group.review-noted.v1: an expert group's review note on a consultation.",
    ["groupId", "economy", "consultationId", "authorOrg", "note", "at"],
    {"groupId": ID("Aggregate id; also the Kafka key and ce_subject."), "economy": ECON_DESC,
     "consultationId": ID("The consultation reviewed."), "authorOrg": ID("The member who wrote the note."),
     "note": {"type": "string", "minLength": 1, "maxLength": 20000}, "at": TS}),
  'submission-requested': ('SubmissionRequested',
    "Data of org.smenet.consultation.submission-request.requested.v1 (public, crosses economies): the respondent's home node asks the consultation's node to take (or, at a newer ce_sequence, replace) its submission. Only public submissions cross; never contacts.",
    ['requestId', 'economy', 'targetEconomy', 'consultationId', 'respondentOrg', 'respondentKind', 'answers', 'at'],
    {"requestId": {"description": "The request's id on the home node; also the Kafka key and ce_subject.", "type": "string", "minLength": 1}, "economy": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "Economy of the respondent (the publishing node's)."}, "targetEconomy": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "Economy of the consultation, whose node applies the request."}, "consultationId": {"description": "The consultation, as known from the target's public consultation topic.", "type": "string", "minLength": 1}, "respondentOrg": {"description": "Organisation id of the respondent (one submission per organisation and consultation).", "type": "string", "minLength": 1}, "respondentKind": {"type": "string", "enum": ["ENTERPRISE", "BUSINESS_ASSOCIATION", "CHAMBER"]}, "sector": {"description": "ISIC Rev.4 section of an enterprise respondent, for the summary's breakdown.", "type": ["string", "null"], "pattern": "^[A-U]$"}, "size": {"description": "Size class of an enterprise respondent, for the summary's breakdown.", "type": ["string", "null"], "pattern": "^[A-Z_]{1,20}$"}, "answers": {"type": "array", "items": {"type": "object", "required": ["questionId"], "properties": {"questionId": {"type": "string", "minLength": 1}, "text": {"description": "FREE_TEXT answer.", "type": ["string", "null"], "maxLength": 20000}, "choices": {"description": "SINGLE_CHOICE / MULTIPLE_CHOICE answer.", "type": ["array", "null"], "items": {"type": "string"}}, "scale": {"description": "AGREEMENT_SCALE answer, 1 (strongly disagree) to 5 (strongly agree).", "type": ["integer", "null"], "minimum": 1, "maximum": 5}}}}, "comments": {"type": ["array", "null"], "items": {"type": "object", "required": ["section", "text"], "properties": {"section": {"type": "integer", "minimum": 1}, "text": {"type": "string", "maxLength": 20000}}}}, "at": {"type": "string", "format": "date-time"}}),
  'submission-request-answered': ('SubmissionRequestAnswered',
    "Data of org.smenet.consultation.submission-answer.{accepted,rejected}.v1 (public, crosses economies): the consultation's node took the cross-border submission request (it counts in the summary) or refused it, with the reason.",
    ['requestId', 'economy', 'requestEconomy', 'requestSequence', 'consultationId', 'respondentOrg', 'status', 'at'],
    {"requestId": {"description": "The request answered; also the Kafka key and ce_subject.", "type": "string", "minLength": 1}, "economy": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "Economy of the consultation (the answering node's)."}, "requestEconomy": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "Economy of the respondent, whose node sent the request."}, "requestSequence": {"description": "The request's version (ce_sequence) this answers.", "type": "integer", "minimum": 1}, "requestEventId": {"description": "ce_id of the request event answered.", "type": ["string", "null"]}, "consultationId": {"description": "The consultation.", "type": "string", "minLength": 1}, "respondentOrg": {"description": "The respondent organisation.", "type": "string", "minLength": 1}, "status": {"type": "string", "enum": ["ACCEPTED", "REJECTED"]}, "submissionId": {"description": "The submission on the consultation's node (when accepted).", "type": ["string", "null"]}, "reason": {"description": "Why it was refused: a stable kind (unknown-consultation, not-in-audience, consultation-not-open, invalid-answers, already-submitted, submission-hidden).", "type": ["string", "null"]}, "detail": {"description": "A human-readable explanation.", "type": ["string", "null"], "maxLength": 2000}, "at": {"type": "string", "format": "date-time"}}),
}

for name, (title, desc, req, props) in list(schemas.items()):
    doc = {"$schema": "https://json-schema.org/draft/2020-12/schema",
           "$id": f"urn:smenet:schema:consultation/{name}.v1.json", "title": title, "description": desc,
           "type": "object", "required": req, "properties": props}
    for base in (f'{ROOT}/schemas/consultation', 'contracts/src/test/resources/schemas-frozen/consultation'):
        os.makedirs(base, exist_ok=True)
        if 'frozen' in base and os.path.exists(f'{base}/{name}.v1.json'):
            continue  # a frozen baseline is never rewritten: the compatibility test compares against it
        with open(f'{base}/{name}.v1.json', 'w') as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write('\n')

# ---- AsyncAPI ----
events = [  # (message key, type, schema, channel, title, summary)
 ("consultationDrafted", "consultation.drafted", "consultation-changed", "consultation", "Consultation drafted", "A government focal point drafted a consultation."),
 ("consultationUpdated", "consultation.updated", "consultation-changed", "consultation", "Consultation draft updated", "The draft was replaced (If-Match)."),
 ("consultationOpened", "consultation.opened", "consultation-changed", "consultation", "Consultation opened", "Open for submissions until closesAt."),
 ("consultationClosed", "consultation.closed", "consultation-changed", "consultation", "Consultation closed", "Closed automatically at its closing date (one conditional write per consultation, replica-safe)."),
 ("consultationSummarised", "consultation.summarised", "consultation-changed", "consultation", "Consultation summarised", "The opening focal point generated the summary and wrote the outcome note."),
 ("consultationOutcomePublished", "consultation.outcome-published", "consultation-changed", "consultation", "Outcome published", "The summary is frozen and the outcome published."),
 ("affectedEnterprisesIdentified", "consultation.affected-enterprises-identified", "affected-enterprises-identified", "consultation", "Affected enterprises identified", "When it opens, the enterprises whose codes the consultation affects, for notifications."),
 ("submissionSubmitted", "submission.submitted", "submission-changed", "submission", "Submission made", "An organisation responded (content stays in the service)."),
 ("submissionUpdated", "submission.updated", "submission-changed", "submission", "Submission edited", "The respondent edited its submission before closing."),
 ("submissionHidden", "submission.hidden", "submission-hidden", "submission", "Submission hidden", "Moderation by the opening focal point, with a reason."),
 ("expertGroupFormed", "expert-group.formed", "expert-group-changed", "expertGroup", "Expert group formed", "An expert group of a sector with its members."),
 ("expertGroupReviewNoted", "expert-group.review-noted", "review-noted", "expertGroup", "Review noted", "An expert group's review note on a consultation."),
 ("consultationPublished", "consultation.published", "public-consultation", "publicConsultation", "Consultation published to the network", "The current network-public state of a network-wide consultation; latest record per key."),
 ("submissionRequested", "submission-request.requested", "submission-requested", "submissionRequest", "Cross-border submission requested", "A respondent of this node asks the consultation's node (targetEconomy) to take, or at a newer ce_sequence replace, its public submission."),
 ("submissionRequestAccepted", "submission-answer.accepted", "submission-request-answered", "submissionAnswer", "Cross-border submission accepted", "The request was applied as a submission (one per organisation; an edit replaces it); it counts in the summary."),
 ("submissionRequestRejected", "submission-answer.rejected", "submission-request-answered", "submissionAnswer", "Cross-border submission rejected", "The request was refused, with the reason (unknown consultation, not open, invalid answers, ...)."),
]
channels = {
 "consultation": ("smenet.consultation.consultation.v1", "Consultation lifecycle", "Every lifecycle step of the economy's consultations. Private to the economy. Key: consultation id.", "The consultation id (= ce_subject)."),
 "submission": ("smenet.consultation.submission.v1", "Submissions", "Submissions made, edited and hidden; never their content. Private to the economy. Key: submission id.", "The submission id (= ce_subject)."),
 "expertGroup": ("smenet.consultation.expert-group.v1", "Expert groups", "Expert groups and their review notes. Private to the economy. Key: group id.", "The expert group id (= ce_subject)."),
 "publicConsultation": ("smenet.public.consultation.consultation.v1", "Network-public consultations", "Compacted projection of consultations open to the whole network. Crosses economies: MirrorMaker 2 replicates it into every peer as <origin>.smenet.public.consultation.consultation.v1. Key: consultation id.", "The consultation id (= ce_subject)."),
 "submissionRequest": ("smenet.public.consultation.submission-request.v1", "Cross-border submission requests", "Requests of this node's respondents to consultations of other economies' nodes (addressed by targetEconomy). Compacted: the latest version of each request is its state. Crosses economies. Key: request id.", "The request id (= ce_subject)."),
 "submissionAnswer": ("smenet.public.consultation.submission-answer.v1", "Answers to cross-border submission requests", "This node's answers (accepted / rejected with the reason) to requests addressed to its consultations. Compacted. Crosses economies. Key: request id.", "The request id (= ce_subject)."),
}
PUBLIC = ("publicConsultation", "submissionRequest", "submissionAnswer")
L = []
w = L.append
w("# AsyncAPI 3.0 description of the consultation service's events. Generated by")
w("# bench/consultation/gen_contracts.py together with the schemas; ConsultationAsyncApiTest checks it.")
w("asyncapi: 3.0.0")
w("id: urn:smenet:asyncapi:consultation")
w("info:")
w("  title: SME Cluster Network — consultation events")
w("  version: 1.0.0")
w("  description: |")
w("    Events of the consultation service: policy consultations of governments with businesses (WTO rules,")
w("    trade facilitation, standards), submissions, expert groups, and the network-public consultations.")
w("")
w("    CloudEvents 1.0 in Kafka binary mode: attributes as `ce_*` headers, JSON data as the value, the")
w("    aggregate id as the key. Delivery is at least once: deduplicate on `ce_id` or `ce_sequence`.")
w("  license:")
w("    name: Apache-2.0")
w("defaultContentType: application/json")
w("")
w("servers:")
w("  local:")
w("    host: 127.0.0.1:9092")
w("    protocol: kafka")
w("    description: The embedded node's KRaft broker (override with SMENET_KAFKA_BOOTSTRAP).")
w("")
w("channels:")
def msgs(ch, indent="    "):
    for key, *_ in [e for e in events if e[3] == ch]:
        w(f"{indent}  {key}:")
        w(f"{indent}    $ref: '#/components/messages/{key}'")
for ch, (addr, title, desc, _) in channels.items():
    w(f"  {ch}:")
    w(f"    address: {addr}")
    w(f"    title: {title}")
    w(f"    description: >-")
    w(f"      {desc}")
    w(f"    messages:")
    msgs(ch)
    w(f"    bindings:")
    w(f"      kafka:")
    w(f"        topic: {addr}")
    if ch in PUBLIC:
        w(f"        topicConfiguration:")
        w(f"          cleanup.policy:")
        w(f"            - compact")
    w(f"        bindingVersion: 0.5.0")
    if ch in PUBLIC:
        w(f"    x-compacted: true")
for ch in PUBLIC:
    addr, title, desc, _ = channels[ch]
    w(f"  mirrored{ch[0].upper()+ch[1:]}:")
    w(f"    address: '{{peer}}.{addr}'")
    w(f"    title: {title} of peer economies (mirrored)")
    w(f"    description: >-")
    w(f"      The {addr} topic of each peer, replicated into this node's Kafka by MirrorMaker 2. Consumed by pattern (peer alias + dot)? + the topic; every record's economy must be one the peer hosts (else DLT). {desc.split('. ')[-1]}")
    w(f"    parameters:")
    w(f"      peer:")
    w(f"        description: MirrorMaker 2 alias of the peer cluster the records come from.")
    w(f"        examples:")
    w(f"          - CL")
    w(f"          - TH")
    w(f"    messages:")
    msgs(ch)
    w(f"    bindings:")
    w(f"      kafka:")
    w(f"        topicConfiguration:")
    w(f"          cleanup.policy:")
    w(f"            - compact")
    w(f"        bindingVersion: 0.5.0")
    w(f"    x-compacted: true")
w("  registryEnterprise:")
w("    address: smenet.registry.enterprise.v1")
w("    title: Registry enterprise lifecycle (consumed)")
w("    description: >-")
w("      The registry's enterprise events of this node's economies, read into the service's own enterprise read model (codes, size, sector) to find affected enterprises and to break summaries down. See asyncapi-registry.yaml.")
w("    messages:")
for key, t, s in [("enterpriseRegistered", "registry.enterprise.registered", "enterprise-registered"),
                  ("enterpriseProfileUpdated", "registry.enterprise.profile-updated", "enterprise-profile-updated")]:
    w(f"      {key}:")
    w(f"        $ref: '#/components/messages/{key}'")
w("    bindings:")
w("      kafka:")
w("        topic: smenet.registry.enterprise.v1")
w("        bindingVersion: 0.5.0")
w("")
w("operations:")
for ch, (addr, title, desc, _) in channels.items():
    w(f"  publish{ch[0].upper()+ch[1:]}Events:")
    w(f"    action: send")
    w(f"    title: Publish {title.lower()}")
    w(f"    description: Through the outbox of each aggregate document.")
    w(f"    channel:")
    w(f"      $ref: '#/channels/{ch}'")
    w(f"    messages:")
    for key, *_ in [e for e in events if e[3] == ch]:
        w(f"      - $ref: '#/channels/{ch}/messages/{key}'")
w("  readRegistryEnterprises:")
w("    action: receive")
w("    title: Enterprise read model")
w("    description: Idempotent upserts guarded by ce_sequence; records must come from a hosted economy.")
w("    channel:")
w("      $ref: '#/channels/registryEnterprise'")
w("    messages:")
w("      - $ref: '#/channels/registryEnterprise/messages/enterpriseRegistered'")
w("      - $ref: '#/channels/registryEnterprise/messages/enterpriseProfileUpdated'")
receives = {
 "publicConsultation": ("readNetworkConsultations", "Network consultation read model", "The network_consultations read model (with the questions a cross-border submission is checked against); one upsert guarded by ce_sequence after the origin check."),
 "submissionRequest": ("applySubmissionRequests", "Apply cross-border submission requests", "Requests whose targetEconomy this node hosts become submissions (one per organisation; a newer sequence replaces; after closing refused), answered on the submission-answer topic in the same write; replays change nothing."),
 "submissionAnswer": ("readSubmissionAnswers", "Show answers to this node's requests", "The answer to the current version of a request of a hosted economy updates its status; answers from another economy than the consultation's go to the DLT."),
}
for ch, (op, title, desc) in receives.items():
    for prefix, chan in (("", ch), ("Mirrored", "mirrored" + ch[0].upper() + ch[1:])):
        w(f"  {op}{prefix}:")
        w(f"    action: receive")
        w(f"    title: {title}" + (" (peers)" if prefix else " (own node)"))
        w(f"    description: {desc}")
        w(f"    channel:")
        w(f"      $ref: '#/channels/{chan}'")
        w(f"    messages:")
        for key, *_ in [e for e in events if e[3] == ch]:
            w(f"      - $ref: '#/channels/{chan}/messages/{key}'")
w("")
w("components:")
w("  messages:")
def message(key, ctype, schema, title, summary, keydesc):
    w(f"    {key}:")
    w(f"      name: org.smenet.{ctype}.v1")
    w(f"      title: {title}")
    w(f"      summary: {summary}")
    w(f"      contentType: application/json")
    w(f"      headers:")
    w(f"        allOf:")
    w(f"          - $ref: '#/components/schemas/cloudEventsBinaryHeaders'")
    w(f"          - type: object")
    w(f"            required:")
    w(f"              - ce_dataschema")
    w(f"            properties:")
    w(f"              ce_type:")
    w(f"                const: org.smenet.{ctype}.v1")
    w(f"              ce_dataschema:")
    w(f"                const: urn:smenet:schema:{schema}.v1.json")
    w(f"      payload:")
    w(f"        $ref: './schemas/{schema}.v1.json'")
    w(f"      bindings:")
    w(f"        kafka:")
    w(f"          key:")
    w(f"            type: string")
    w(f"            description: {keydesc}")
    w(f"          bindingVersion: 0.5.0")
for key, t, s, ch, title, summary in events:
    message(key, "consultation." + t, "consultation/" + s, title, summary, channels[ch][3])
message("enterpriseRegistered", "registry.enterprise.registered", "registry/enterprise-registered", "Enterprise registered (registry)", "Read into the enterprise read model.", "The enterprise id (= ce_subject).")
message("enterpriseProfileUpdated", "registry.enterprise.profile-updated", "registry/enterprise-profile-updated", "Enterprise profile updated (registry)", "Read into the enterprise read model.", "The enterprise id (= ce_subject).")
w("")
w("  schemas:")
w("    cloudEventsBinaryHeaders:")
w("      description: CloudEvents 1.0 Kafka binding, binary mode, as org.smenet.contracts.EventEnvelope writes it.")
w("      type: object")
w("      required: [ce_specversion, ce_id, ce_source, ce_type, ce_subject, ce_time, ce_economy, ce_sequence, content-type]")
w("      properties:")
w("        ce_specversion: {type: string, const: '1.0'}")
w("        ce_id: {type: string, minLength: 1, description: Unique event id; consumers deduplicate on it.}")
w("        ce_source: {type: string, pattern: '^/smenet/[A-Z]{2}/(consultation|registry)$', description: /smenet/<economy>/<service>.}")
w("        ce_type: {type: string}")
w("        ce_subject: {type: string, minLength: 1, description: The aggregate id; equal to the Kafka key.}")
w("        ce_time: {type: string, format: date-time}")
w("        ce_dataschema: {type: string}")
w("        ce_economy: {type: string, pattern: '^[A-Z]{2}$'}")
w("        ce_sequence: {type: string, pattern: '^[0-9]+$', description: The aggregate version after this event.}")
w("        ce_signaturekey: {type: string, description: \"Extension `signaturekey`, on every record of a public topic: the kid of the origin node's Ed25519 key (JWKS at /.well-known/smenet/jwks.json).\"}")
w("        ce_signature: {type: string, pattern: '^[A-Za-z0-9_-]+$', description: \"Extension `signature`, on every record of a public topic: base64url Ed25519 signature over the signed form in docs/events.md (Signed public events); mirrored records that are unsigned, signed by an unpinned key or do not verify are dead-lettered.\"}")
w("        content-type: {type: string, const: application/json}")
open(f'{ROOT}/asyncapi-consultation.yaml', 'w').write("\n".join(L) + "\n")
print("ok")

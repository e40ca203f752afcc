package org.smenet.consultation.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.smenet.contracts.consultation.AffectedEnterprise;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.registry.EnterpriseChange;
import org.smenet.kit.registry.EnterpriseProjection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The service's own read model of the registry's enterprises of this node's economies (collection
 * {@code registry_enterprises}: economy, owner, status and the profile flattened into legal name, size, ISIC
 * section and code indexes), kept by the kit's {@code HostedEnterprises} from {@code smenet.registry.enterprise.v1}
 * (consumer group {@code consultation-enterprises}) with one upsert per event guarded by the enterprise's
 * sequence; this class says what each event changes. It answers two questions: which enterprises a
 * consultation's codes affect (codes stored with their ancestors, so a chapter finds its subheadings),
 * and the ISIC section and size of a respondent organisation.
 */
@Component
public class EnterpriseDirectory implements EnterpriseProjection {

    public static final String COLLECTION = "registry_enterprises";
    /** At most this many enterprises are named in one event; the rest are counted by the same query later. */
    public static final int MAX_AFFECTED = 5_000;

    /** An enterprise as the summary needs it. */
    public record Entry(String enterpriseId, String economy, String ownerOrg, String sizeClass, String sector) {
    }

    private final MongoTemplate mongo;
    private final ReferenceData reference;

    public EnterpriseDirectory(MongoTemplate mongo, ReferenceData reference) {
        this.mongo = mongo;
        this.reference = reference;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("economy", Sort.Direction.ASC)
                .on("ownerOrg", Sort.Direction.ASC).named("economy_owner"));
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Update registered(EnterpriseChange.Registered change) {
        return profile(change.data().profile()).set("ownerOrg", change.data().ownerOrg()).set("status", "REGISTERED");
    }

    @Override
    public Update profileUpdated(EnterpriseChange.ProfileUpdated change) {
        return profile(change.data().profile());
    }

    @Override
    public Update statusChanged(EnterpriseChange.StatusChanged change) {
        return new Update().set("status", change.data().status());
    }

    private Update profile(EnterpriseProfile profile) {
        List<String> isic = profile.isicCodes() == null ? List.of() : profile.isicCodes();
        List<String> hsOffered = profile.hsOffered() == null ? List.of() : profile.hsOffered();
        List<String> hsSought = profile.hsSought() == null ? List.of() : profile.hsSought();
        String sector = isic.isEmpty() ? null : section(isic.get(0));
        return new Update().set("legalName", profile.legalName())
                .set("sizeClass", profile.sizeClass() == null ? null : profile.sizeClass().name())
                .set("sector", sector)
                .set("isicIndex", reference.isicIndex(isic))
                .set("hsIndex", reference.hsIndex(hsOffered, hsSought));
    }

    private String section(String isic) {
        List<String> lineage = reference.isicLineage(isic);
        return lineage.isEmpty() ? null : lineage.get(lineage.size() - 1);
    }

    /** The enterprise an organisation owns in an economy, if the registry told us of one. */
    public Optional<Entry> ownedBy(String economy, String org) {
        Query query = Query.query(Criteria.where("economy").is(economy).and("ownerOrg").is(org)
                .and("status").ne("DEACTIVATED")).with(Sort.by("_id")).limit(1);
        return mongo.find(query, Document.class, COLLECTION).stream().findFirst().map(EnterpriseDirectory::entry);
    }

    /**
     * The active enterprises of {@code economies} whose offered or sought HS codes or ISIC codes fall
     * under the consultation's codes (at most {@link #MAX_AFFECTED}, by id).
     */
    public List<AffectedEnterprise> affected(List<String> hsCodes, List<String> isicCodes, List<String> economies) {
        List<Criteria> codes = new ArrayList<>();
        if (!hsCodes.isEmpty()) {
            codes.add(Criteria.where("hsIndex").in(hsCodes));
        }
        if (!isicCodes.isEmpty()) {
            codes.add(Criteria.where("isicIndex").in(isicCodes));
        }
        if (codes.isEmpty() || economies.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(new Criteria().andOperator(Criteria.where("economy").in(economies),
                Criteria.where("status").nin("DEACTIVATED", "SUSPENDED"),
                new Criteria().orOperator(codes.toArray(Criteria[]::new)))).with(Sort.by("_id")).limit(MAX_AFFECTED);
        query.fields().include("economy").include("ownerOrg");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new AffectedEnterprise(d.getString("_id"), d.getString("economy"), d.getString("ownerOrg")))
                .toList();
    }

    private static Entry entry(Document d) {
        return new Entry(d.getString("_id"), d.getString("economy"), d.getString("ownerOrg"), d.getString("sizeClass"),
                d.getString("sector"));
    }
}

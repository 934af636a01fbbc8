package dk.kk.hfi.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The physical limit the GraphQL request is measured against: the MongoDB driver fetching the same documents
 * (the caller's families, then their consents, measures and team professionals with {@code $in}) with the same
 * projection, assembled into the same tree of maps for Jackson to serialize. No GraphQL, no mapping to records,
 * no access checks, no audit.
 */
final class RawBaseline {

	private static final Bson FAMILY = Projections.include("name", "district", "members._id", "members.firstName",
			"members.lastName", "members.role", "members.cpr", "members.birthDate", "members.phone",
			"coreTeam.professionalId", "coreTeam.role", "coreTeam.since", "coreTeam.until");

	private static final Bson CONSENT = Projections.include("familyId", "consentId", "version", "state", "purpose",
			"period", "provisions.recipients", "provisions.categories");

	private static final Bson MEASURE = Projections.include("familyId", "memberId", "kind", "ownerAdministration",
			"status", "yearlyCostDkk");

	private static final Bson PROFESSIONAL = Projections.include("name", "administration");

	private RawBaseline() {
	}

	static List<Map<String, Object>> fetch(MongoDatabase db, String professionalId) {
		List<Document> families = db.getCollection("families")
			.find(new Document("coreTeam", new Document("$elemMatch", new Document("professionalId", professionalId))))
			.projection(FAMILY)
			.sort(new Document("name", 1).append("_id", 1))
			.batchSize(10_000)
			.into(new ArrayList<>());
		List<String> ids = families.stream().map((family) -> family.getString("_id")).toList();
		Set<String> professionalIds = new LinkedHashSet<>();
		families.forEach((family) -> family.getList("coreTeam", Document.class)
			.forEach((membership) -> professionalIds.add(membership.getString("professionalId"))));
		Map<String, List<Document>> consents = byFamily(db, "consents", ids, CONSENT);
		Map<String, List<Document>> measures = byFamily(db, "measures", ids, MEASURE);
		Map<String, Document> professionals = new HashMap<>();
		db.getCollection("professionals")
			.find(new Document("_id", new Document("$in", List.copyOf(professionalIds))))
			.projection(PROFESSIONAL)
			.batchSize(10_000)
			.forEach((professional) -> professionals.put(professional.getString("_id"), professional));

		List<Map<String, Object>> result = new ArrayList<>(families.size());
		for (Document family : families) {
			Map<String, Object> node = new LinkedHashMap<>(family);
			Map<String, Document> members = new HashMap<>();
			family.getList("members", Document.class).forEach((member) -> members.put(member.getString("_id"), member));
			List<Map<String, Object>> team = new ArrayList<>();
			for (Document membership : family.getList("coreTeam", Document.class)) {
				Map<String, Object> entry = new LinkedHashMap<>(membership);
				entry.put("professional", professionals.get(membership.getString("professionalId")));
				team.add(entry);
			}
			node.put("coreTeam", team);
			node.put("consents", consents.getOrDefault(family.getString("_id"), List.of()));
			List<Map<String, Object>> familyMeasures = new ArrayList<>();
			for (Document measure : measures.getOrDefault(family.getString("_id"), List.of())) {
				Map<String, Object> entry = new LinkedHashMap<>(measure);
				Document member = members.get(measure.getString("memberId"));
				entry.put("member", (member != null) ? Map.of("id", member.getString("_id"), "firstName",
						String.valueOf(member.getString("firstName"))) : null);
				familyMeasures.add(entry);
			}
			node.put("measures", familyMeasures);
			result.add(node);
		}
		return result;
	}

	private static Map<String, List<Document>> byFamily(MongoDatabase db, String collection, List<String> ids,
			Bson projection) {
		Map<String, List<Document>> result = new HashMap<>();
		db.getCollection(collection)
			.find(new Document("familyId", new Document("$in", ids)))
			.projection(projection)
			.batchSize(10_000)
			.forEach((document) -> result.computeIfAbsent(document.getString("familyId"), (id) -> new ArrayList<>())
				.add(document));
		return result;
	}

}

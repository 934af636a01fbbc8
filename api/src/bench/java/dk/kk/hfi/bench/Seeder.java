package dk.kk.hfi.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import dk.kk.hfi.demo.DemoIds;

/**
 * Seeds the benchmark's families into its own in-memory store: for each N a SOF professional
 * {@code bench-sof-N} on the core team of N families, each a clone of a demo family (members, core team,
 * consents in every state, measures) with its ids rewritten.
 */
final class Seeder {

	private Seeder() {
	}

	static String professionalId(int n) {
		return "bench-sof-" + n;
	}

	static void seed(MongoDatabase db, int[] sizes) {
		MongoCollection<Document> families = db.getCollection("families");
		List<Document> demo = families.find().sort(new Document("_id", 1)).into(new ArrayList<>());
		Map<String, List<Document>> consents = byFamily(db.getCollection("consents"));
		Map<String, List<Document>> measures = byFamily(db.getCollection("measures"));
		Document professional = db.getCollection("professionals")
			.find(new Document("_id", DemoIds.SOF_CASEWORKER))
			.first();
		int clone = 0;
		for (int n : sizes) {
			Document benchProfessional = new Document(professional);
			benchProfessional.put("_id", professionalId(n));
			benchProfessional.put("name", "Bench SOF " + n);
			db.getCollection("professionals").insertOne(benchProfessional);
			List<Document> newFamilies = new ArrayList<>();
			List<Document> newConsents = new ArrayList<>();
			List<Document> newMeasures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				clone++;
				Document source = demo.get(i % demo.size());
				String familyId = source.getString("_id");
				List<Document> familyConsents = consents.getOrDefault(familyId, List.of());
				List<Document> familyMeasures = measures.getOrDefault(familyId, List.of());
				Set<String> ids = new HashSet<>();
				ids.add(familyId);
				source.getList("members", Document.class, List.of()).forEach((member) -> ids.add(member.getString("_id")));
				familyConsents.forEach((consent) -> {
					ids.add(consent.getString("_id"));
					ids.add(consent.getString("consentId"));
				});
				familyMeasures.forEach((measure) -> ids.add(measure.getString("_id")));
				String prefix = "b" + clone + "-";
				Document family = (Document) rewrite(source, ids, prefix);
				family.put("version", 0L);
				List<Document> team = new ArrayList<>(family.getList("coreTeam", Document.class, List.of()));
				Object since = team.isEmpty() ? new Date(0) : team.get(0).get("since");
				team.add(new Document("professionalId", professionalId(n)).append("administration", "SOF")
					.append("role", professional.get("role"))
					.append("since", since)
					.append("until", null));
				family.put("coreTeam", team);
				newFamilies.add(family);
				familyConsents.forEach((consent) -> newConsents.add((Document) rewrite(consent, ids, prefix)));
				familyMeasures.forEach((measure) -> newMeasures.add((Document) rewrite(measure, ids, prefix)));
			}
			families.insertMany(newFamilies);
			if (!newConsents.isEmpty()) {
				db.getCollection("consents").insertMany(newConsents);
			}
			if (!newMeasures.isEmpty()) {
				db.getCollection("measures").insertMany(newMeasures);
			}
		}
	}

	private static Map<String, List<Document>> byFamily(MongoCollection<Document> collection) {
		Map<String, List<Document>> result = new HashMap<>();
		collection.find()
			.forEach((document) -> result.computeIfAbsent(document.getString("familyId"), (id) -> new ArrayList<>())
				.add(document));
		return result;
	}

	/** A deep copy in which every string that is one of the ids gets the prefix. */
	private static Object rewrite(Object value, Set<String> ids, String prefix) {
		if (value instanceof String text) {
			return ids.contains(text) ? prefix + text : text;
		}
		if (value instanceof Document document) {
			Document copy = new Document();
			document.forEach((key, child) -> copy.put(key, rewrite(child, ids, prefix)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach((child) -> copy.add(rewrite(child, ids, prefix)));
			return copy;
		}
		return value;
	}

}

package dk.kk.hfi.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file store stays small: each synced audit write appends tens of KiB of
 * chunks, compaction brings the file back to about the live data (under 2 KiB per audit
 * event), online (while a writer runs) and on a clean close.
 */
class StoreCompactionTests {

	private static final int WRITES = 1000;

	@TempDir
	Path dir;

	@Test
	void compactionKeepsTheFileNearItsLiveData() throws Exception {
		Path file = this.dir.resolve("hfi.mv");
		DurableH2Backend backend = DurableH2Backend.open(file);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		long compacted;
		long perWriteBefore;
		long perWriteAfter;
		try (MongoClient client = MongoClients.create(server.getConnectionString())) {
			MongoCollection<Document> events = client.getDatabase("hfi").getCollection("auditEvents");
			events.createIndex(Indexes.compoundIndex(Indexes.ascending("familyId"), Indexes.descending("at")));
			events.createIndex(Indexes.compoundIndex(Indexes.ascending("memberIds"), Indexes.descending("at")));
			write(events, 50);
			long start = backend.compact();

			write(events, WRITES);
			long grown = Files.size(file);
			perWriteBefore = (grown - start) / WRITES;
			compacted = backend.compact();
			perWriteAfter = (compacted - start) / WRITES;

			// Compacting again, with nothing written, does not grow the file.
			assertThat(backend.compact()).isLessThanOrEqualTo(compacted);

			// Online: compaction while a writer runs loses nothing.
			Thread writer = new Thread(() -> write(events, 200));
			writer.start();
			for (int i = 0; i < 5; i++) {
				backend.compact();
			}
			writer.join();
			assertThat(events.countDocuments()).isEqualTo(50 + WRITES + 200);
			System.out.printf(
					"Store compaction: %d writes grew the file by %d B each before compaction, %d B each "
							+ "after (%d -> %d -> %d bytes)%n",
					WRITES, perWriteBefore, perWriteAfter, start, grown, compacted);
		}
		finally {
			server.shutdown();
		}
		assertThat(perWriteAfter).as("bytes of file per audit write after compaction").isLessThanOrEqualTo(2048);
		assertThat(perWriteBefore).as("the growth compaction removes").isGreaterThan(perWriteAfter * 10);

		// A clean close compacts too; the store opens again with everything in it.
		DurableH2Backend reopened = DurableH2Backend.open(file);
		MongoServer again = new MongoServer(reopened);
		again.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create(again.getConnectionString())) {
			assertThat(client.getDatabase("hfi").getCollection("auditEvents").countDocuments())
				.isEqualTo(50 + WRITES + 200);
		}
		finally {
			again.shutdown();
		}
		assertThat(Files.size(file)).isLessThanOrEqualTo(compacted + 256 * 1024);
	}

	/**
	 * Audit events shaped like a family read's, each written alone (as each request
	 * writes its own).
	 */
	private static void write(MongoCollection<Document> events, int count) {
		for (int i = 0; i < count; i++) {
			List<Document> objects = new ArrayList<>();
			objects.add(new Document("objectType", "Family").append("objectId", "fam-001")
				.append("memberIds", List.of("fam-001-m1", "fam-001-m2"))
				.append("disclosed",
						List.of(new Document("category", "BASIC_IDENTITY").append("basis", "TEAM_MEMBER"))));
			events.insertOne(new Document("_id", new ObjectId()).append("at", Date.from(Instant.now()))
				.append("requestId", java.util.UUID.randomUUID().toString())
				.append("callerId", "prof-sof-01")
				.append("callerKind", "PROFESSIONAL")
				.append("administration", "SOF")
				.append("familyId", "fam-001")
				.append("memberIds", List.of("fam-001-m1", "fam-001-m2"))
				.append("objects", objects));
		}
	}

}

package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;

/**
 * The benchmark's look into a stopped server's store file: opens it as the application does, counts the audit
 * events and families, and closes it cleanly again (which compacts it, as a server's clean stop does). Run as its
 * own JVM ({@link #main}) with the server's flags: under a test JVM's {@code -ea} one of H2's internal assertions
 * ({@code FreeSpaceBitSet.allocate}) can fail while chunks are moved in place, which a production JVM never
 * evaluates.
 */
public final class BenchmarkStore {

	private BenchmarkStore() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		DurableH2Backend backend = DurableH2Backend.open(file);
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		long auditEvents;
		long families;
		try (MongoClient client = MongoClients.create(server.getConnectionString())) {
			MongoDatabase db = client.getDatabase("hfi");
			auditEvents = db.getCollection("auditEvents").countDocuments();
			families = db.getCollection("families").countDocuments();
		}
		finally {
			server.shutdown();
		}
		System.out.println("store " + Files.size(file) + " " + auditEvents + " " + families);
	}

}

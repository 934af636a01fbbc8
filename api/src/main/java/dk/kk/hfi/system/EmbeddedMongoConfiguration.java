package dk.kk.hfi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: mongo-java-server in-process, speaking the MongoDB wire protocol on a loopback port.
 * Starts only when no MongoDB URI is configured; the driver and Spring Data talk to it as to a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.class)
class EmbeddedMongoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(StoreProperties properties) {
		MongoServer server = new MongoServer(backend(properties));
		server.bind("127.0.0.1", 0);
		logger.info("Embedded MongoDB-wire store ({}) listening on {}", properties.mode(), server.getLocalAddress());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		ConnectionString connectionString = new ConnectionString(embeddedMongoServer.getConnectionString() + "/hfi");
		return () -> connectionString;
	}

	private static MongoBackend backend(StoreProperties properties) {
		if (properties.mode() == StoreProperties.Mode.MEMORY) {
			return new MemoryBackend();
		}
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), ex);
		}
		logger.info("Embedded store file: {}", properties.file().toAbsolutePath());
		return DurableH2Backend.open(properties.file());
	}

}

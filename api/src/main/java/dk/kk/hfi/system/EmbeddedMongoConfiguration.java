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

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The embedded default: mongo-java-server in-process, speaking the MongoDB wire protocol
 * on a loopback port. Starts only when no MongoDB URI is configured; the driver and
 * Spring Data talk to it as to a real MongoDB. The file store is compacted
 * ({@link EmbeddedStoreCompaction}) and backed up ({@link EmbeddedStoreBackups}) online
 * on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.class)
@EnableScheduling
class EmbeddedMongoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(StoreProperties properties, MongoBackend embeddedMongoBackend) {
		MongoServer server = new MongoServer(embeddedMongoBackend);
		server.bind("127.0.0.1", properties.port());
		logger.info("Embedded MongoDB-wire store ({}) listening on {}", properties.mode(), server.getLocalAddress());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		ConnectionString connectionString = new ConnectionString(embeddedMongoServer.getConnectionString() + "/hfi");
		return () -> connectionString;
	}

	/** Closed by the server's shutdown. */
	@Bean(destroyMethod = "")
	MongoBackend embeddedMongoBackend(StoreProperties properties) {
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

	@Bean
	@ConditionalOnProperty(name = "hfi.store.mode", havingValue = "file", matchIfMissing = true)
	EmbeddedStoreCompaction embeddedStoreCompaction(MongoBackend embeddedMongoBackend) {
		return new EmbeddedStoreCompaction((DurableH2Backend) embeddedMongoBackend);
	}

	@Bean
	@ConditionalOnProperty(name = "hfi.store.mode", havingValue = "file", matchIfMissing = true)
	@ConditionalOnBooleanProperty(name = "hfi.store.backup.enabled", matchIfMissing = true)
	EmbeddedStoreBackups embeddedStoreBackups(MongoBackend embeddedMongoBackend, StoreProperties properties) {
		return new EmbeddedStoreBackups((DurableH2Backend) embeddedMongoBackend, properties);
	}

}

package dk.kk.hfi.system;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the store through the same driver the API uses: a {@code ping} (the embedded
 * server does not answer the {@code hello} command Boot's own indicator sends).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	private final boolean embedded;

	StoreHealthIndicator(MongoTemplate mongo, Environment environment) {
		this.mongo = mongo;
		this.embedded = StoreSettings.embedded(environment);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("store", this.embedded ? "embedded" : "mongodb");
	}

}

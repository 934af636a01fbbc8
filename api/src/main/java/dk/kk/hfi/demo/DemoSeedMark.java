package dk.kk.hfi.demo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Written when the demo seed is complete; a store without it is seeded (again). */
@Document("demoSeed")
record DemoSeedMark(@Id String id, Instant seededAt) {

	static final String ID = "demo";

}

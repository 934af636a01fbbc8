package dk.kk.hfi.course;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.course.CapacityLedger.CapacityDocument;
import dk.kk.hfi.course.CapacityLedger.Claim;
import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.domain.consent.ConsentRepository;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's places: never more active families than the limit, even under
 * concurrent activations.
 */
class CourseCapacityTests extends GraphQlTestSupport {

	@Autowired
	private ConsentRepository consents;

	@Autowired
	private CapacityLedger ledger;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void concurrentActivationsNeverTakeMorePlacesThanTheLimitAndClosingFreesOne() throws Exception {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		List<String> activated = new ArrayList<>();
		try {
			int available = capacity(support, "available");
			assertThat(available).isPositive();
			for (int i = 0; i < available - 1; i++) {
				String filler = TestCourses.readyToStart(support, this.consents, "Familien Fyld " + i);
				TestCourses.transition(support, "activateCourse", filler, Map.of()).errors().verify();
				activated.add(filler);
			}
			assertThat(capacity(support, "available")).isEqualTo(1);

			// Four families race for the last place over real, parallel HTTP requests.
			List<String> racers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				racers.add(TestCourses.readyToStart(support, this.consents, "Familien Kapløb " + i));
			}
			String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
			List<String> bodies = race(racers, token);
			List<String> winners = new ArrayList<>();
			for (int i = 0; i < racers.size(); i++) {
				if (bodies.get(i).contains("\"status\":\"ACTIVE\"")) {
					winners.add(racers.get(i));
				}
				else {
					assertThat(bodies.get(i)).contains("CAPACITY_REACHED");
				}
			}
			assertThat(winners).hasSize(1);
			activated.addAll(winners);
			assertThat(capacity(support, "available")).isZero();
			assertThat(capacity(support, "active")).isEqualTo(capacity(support, "limit"));

			String loser = racers.stream().filter((id) -> !winners.contains(id)).findFirst().orElseThrow();
			rejected(TestCourses.transition(support, "activateCourse", loser, Map.of()), "CAPACITY_REACHED");

			TestCourses.transition(support, "closeCourse", winners.get(0), Map.of("reason", "CASE_CLOSED_SOF"))
				.errors()
				.verify();
			activated.remove(winners.get(0));
			assertThat(capacity(support, "available")).isEqualTo(1);
			TestCourses.transition(support, "activateCourse", loser, Map.of()).errors().verify();
			activated.add(loser);
		}
		finally {
			for (String familyId : activated) {
				TestCourses.transition(support, "closeCourse", familyId, Map.of("reason", "OTHER")).errors().verify();
			}
		}
	}

	@Test
	void aPlaceLeftByAnActivationThatStoppedHalfWayIsReusedOnRetryAndFreedWhenAbandoned() {
		int taken = this.ledger.taken();
		String familyId = TestCourses.refer(as(DemoIds.SUPPORT_COORDINATOR), "Familien Halvvejs").id();
		Claim first = this.ledger.reserve(familyId, Integer.MAX_VALUE);
		Claim retried = this.ledger.reserve(familyId, Integer.MAX_VALUE);
		assertThat(first.owned()).isTrue();
		assertThat(retried.owned()).isFalse();
		assertThat(retried.token()).isEqualTo(first.token());
		assertThat(this.ledger.taken()).isEqualTo(taken + 1);

		// Fresh reservations of in-flight activations survive reconciliation; abandoned
		// ones do not.
		assertThat(this.ledger.reconcile()).isZero();
		this.mongo.updateFirst(
				Query.query(
						Criteria.where("_id").is(CapacityLedger.LEDGER_ID).and("reservations.token").is(first.token())),
				new Update().set("reservations.$.reservedAt", Instant.now().minus(Duration.ofMinutes(5))),
				CapacityDocument.class);
		assertThat(this.ledger.reconcile()).isEqualTo(1);
		assertThat(this.ledger.taken()).isEqualTo(taken);
	}

	private int capacity(HttpGraphQlTester support, String field) {
		return support.document("{ courseCapacity { " + field + " } }")
			.execute()
			.path("courseCapacity." + field)
			.entity(Integer.class)
			.get();
	}

	private List<String> race(List<String> familyIds, String token) throws Exception {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		List<String> requests = new ArrayList<>();
		for (String familyId : familyIds) {
			requests.add("{\"query\":\"mutation { activateCourse(input: {familyId: \\\"" + familyId
					+ "\\\", expectedVersion: " + TestCourses.version(support, familyId)
					+ "}) { family { course { status } } } }\"}");
		}
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (String request : requests) {
				responses.add(pool.submit(() -> {
					start.await();
					return post("/graphql", request, token);
				}));
			}
			start.countDown();
			List<String> bodies = new ArrayList<>();
			for (Future<HttpResponse<String>> response : responses) {
				bodies.add(response.get().body());
			}
			return bodies;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

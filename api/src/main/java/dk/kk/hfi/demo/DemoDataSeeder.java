package dk.kk.hfi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.change.ChangeEvent;
import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanVersion;
import dk.kk.hfi.register.RegisterObservation;

/**
 * Seeds the demo data on first start, before the server takes requests, entirely through
 * the API ({@link DemoApi}): the professionals, then each family's history, each change
 * on its day and by its professional ({@link DemoHistory}), so the demo holds only what
 * the API accepts. A mark written last says the seed is done, so a start interrupted
 * half-way seeds again (replacing only demo ids) instead of leaving half a data set; a
 * store with professionals of its own gets no demo data.
 */
@Component
@Conditional(DemoSeedCondition.class)
class DemoDataSeeder implements SmartInitializingSingleton {

	private static final String CAPACITY_LEDGER = "courseCapacity";

	private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

	private static final Logger logger = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final DemoApi api;

	DemoDataSeeder(MongoTemplate mongo, Clock clock, DemoApi api) {
		this.clock = clock;
		this.mongo = mongo;
		this.api = api;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(DemoSeedMark.ID)), DemoSeedMark.class)) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		DemoDataSet data = DemoDataGenerator.generate(today);
		if (hasItsOwnProfessionals(data.professionals())) {
			return;
		}
		long started = System.nanoTime();
		removeEarlierAttempt(data);
		register(data.professionals());
		int requests = data.professionals().size();
		for (Family family : data.families()) {
			try {
				for (DemoHistory.Step step : DemoHistory.of(family, data, today)) {
					this.api.mutate(step.by(), onTheDay(step.on()), step.mutation(), step.inputs(), step.newIds());
					requests++;
				}
			}
			catch (IllegalStateException ex) {
				// Says where to look: a tour family's file, or the generator.
				throw new IllegalStateException("Demo family " + family.id() + ": " + ex.getMessage(), ex);
			}
		}
		this.mongo.insert(new DemoSeedMark(DemoSeedMark.ID, Instant.now(this.clock)));
		logger.info("Seeded demo data through the API: {} families, {} professionals, {} requests in {} ms",
				data.families().size(), data.professionals().size(), requests,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * A store with professionals but none of the demo's has data of its own and gets no
	 * demo; one with the demo's but no mark stopped seeding half-way and is seeded again.
	 */
	private boolean hasItsOwnProfessionals(List<Professional> professionals) {
		return this.mongo.estimatedCount(Professional.class) > 0 && !this.mongo
			.exists(Query.query(Criteria.where("_id").is(professionals.get(0).id())), Professional.class);
	}

	/** Removes what a seed that stopped half-way wrote: the demo's ids only. */
	private void removeEarlierAttempt(DemoDataSet data) {
		List<String> familyIds = data.families().stream().map(Family::id).toList();
		remove(data.professionals(), Professional::id);
		remove(data.families(), Family::id);
		this.mongo.remove(Query.query(Criteria.where("familyId").in(familyIds)), ConsentVersion.class);
		this.mongo.remove(Query.query(Criteria.where("familyId").in(familyIds)), ChangeEvent.class);
		// The API makes the plans' versions, more than the generator's.
		this.mongo.remove(Query.query(Criteria.where("familyId").in(familyIds)), PlanVersion.class);
		// The ledger of places is made again, on first use, from the families active
		// then.
		if (this.mongo.collectionExists(CAPACITY_LEDGER)) {
			this.mongo.dropCollection(CAPACITY_LEDGER);
		}
		remove(data.plans(), Plan::id);
		remove(data.measures(), Measure::id);
		remove(data.meetings(), Meeting::id);
		remove(data.registerObservations(), RegisterObservation::id);
		remove(data.assessments(), Assessment::id);
		remove(data.experienceSurveys(), ExperienceSurvey::id);
	}

	private static Professional coordinator(List<Professional> professionals) {
		return professionals.stream()
			.filter((professional) -> professional.id().equals(DemoIds.SUPPORT_COORDINATOR))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * During office hours on the day, but never later than now: what happened today
	 * happened before the server started.
	 */
	private Instant onTheDay(LocalDate day) {
		Instant officeHours = day.atTime(OFFICE_HOURS).atZone(Copenhagen.ZONE).toInstant();
		Instant now = Instant.now(this.clock);
		return officeHours.isBefore(now) ? officeHours : now;
	}

	/** The support coordinator registers every professional, as the support team does. */
	private void register(List<Professional> professionals) {
		Professional coordinator = coordinator(professionals);
		for (Professional professional : professionals) {
			Map<String, Object> input = DemoHistory.inputOf(professional, "id", "version");
			this.api.mutate(coordinator, Instant.now(this.clock), "createProfessional", List.of(input),
					List.of(professional.id()));
		}
	}

	private <T> void remove(List<T> documents, Function<T, String> id) {
		if (!documents.isEmpty()) {
			this.mongo.remove(Query.query(Criteria.where("_id").in(documents.stream().map(id).toList())),
					documents.get(0).getClass());
		}
	}

}

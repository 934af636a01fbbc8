package dk.kk.hfi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.system.ApplicationClock;

/**
 * Seeds the demo data on first start, before the server takes requests. Professionals are
 * registered last, through the API, and the last of them marks the seed as done, so a
 * start interrupted half-way seeds again (replacing only demo ids) instead of leaving
 * half a data set. A store with professionals of its own gets no demo data.
 */
@Component
@Conditional(DemoSeedCondition.class)
class DemoDataSeeder implements SmartInitializingSingleton {

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
		DemoDataSet data = DemoDataGenerator.generate(LocalDate.now(this.clock));
		if (!needsSeeding(data.professionals())) {
			return;
		}
		long started = System.nanoTime();
		replace(data.families(), (family) -> family.id());
		replace(data.consents(), (consent) -> consent.id());
		replace(data.plans(), (plan) -> plan.id());
		// An insert starts every version at 0: a plan with earlier versions carries its
		// own number.
		data.plans()
			.stream()
			.filter((plan) -> plan.version() != null && plan.version() > 0)
			.forEach((plan) -> this.mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.id())),
					Update.update("version", plan.version()), Plan.class));
		replace(data.planVersions(), (version) -> version.id());
		replace(data.measures(), (measure) -> measure.id());
		replace(data.meetings(), (meeting) -> meeting.id());
		remove(data.assessments(), Assessment::id);
		replace(data.registerObservations(), (observation) -> observation.id());
		remove(data.experienceSurveys(), ExperienceSurvey::id);
		Professional coordinator = coordinator(data.professionals());
		data.assessments().forEach((assessment) -> record(coordinator, assessment));
		data.experienceSurveys().forEach((survey) -> record(coordinator, survey));
		long registering = System.nanoTime();
		register(data.professionals());
		long finished = System.nanoTime();
		logger.info(
				"Seeded demo data: {} families, {} professionals in {} ms ({} ms registering the professionals "
						+ "through the API)",
				data.families().size(), data.professionals().size(), (finished - started) / 1_000_000,
				(finished - registering) / 1_000_000);
	}

	private boolean needsSeeding(List<Professional> professionals) {
		if (exists(professionals.get(professionals.size() - 1))) {
			return false;
		}
		return this.mongo.estimatedCount(Professional.class) == 0 || exists(professionals.get(0));
	}

	private boolean exists(Professional professional) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(professional.id())), Professional.class);
	}

	private static Professional coordinator(List<Professional> professionals) {
		return professionals.stream()
			.filter((professional) -> professional.id().equals(DemoIds.SUPPORT_COORDINATOR))
			.findFirst()
			.orElseThrow();
	}

	/** The support coordinator records the assessments, on the day they were made. */
	private void record(Professional coordinator, Assessment assessment) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("familyId", assessment.familyId());
		input.put("memberId", assessment.memberId());
		input.put("kind", assessment.kind().name());
		input.put("date", assessment.date().toString());
		input.put("items",
				assessment.items()
					.stream()
					.map((score) -> Map.of("item", score.item().name(), "degree", score.degree().name()))
					.toList());
		this.api.mutate(coordinator, onTheDay(assessment.date()), "recordAssessment", input, List.of(assessment.id()),
				"{ __typename }");
	}

	private void record(Professional coordinator, ExperienceSurvey survey) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("familyId", survey.familyId());
		input.put("respondentId", survey.respondentId());
		input.put("kind", survey.kind().name());
		input.put("answeredOn", survey.answeredOn().toString());
		input.put("answers",
				survey.answers()
					.stream()
					.map((answer) -> Map.of("question", answer.question().name(), "answer", answer.answer().name()))
					.toList());
		this.api.mutate(coordinator, onTheDay(survey.answeredOn()), "recordExperienceSurvey", input,
				List.of(survey.id()), "{ __typename }");
	}

	private static Instant onTheDay(LocalDate day) {
		return day.atTime(OFFICE_HOURS).atZone(ApplicationClock.COPENHAGEN).toInstant();
	}

	/** The support coordinator registers every professional, as the support team does. */
	private void register(List<Professional> professionals) {
		this.mongo.remove(Query.query(Criteria.where("_id").in(professionals.stream().map(Professional::id).toList())),
				Professional.class);
		Professional coordinator = coordinator(professionals);
		for (Professional professional : professionals) {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("name", professional.name());
			input.put("administration", professional.administration().name());
			input.put("role", professional.role().name());
			input.put("title", professional.title());
			input.put("email", professional.email());
			input.put("phone", professional.phone());
			input.put("supportTeam", professional.supportTeam());
			this.api.mutate(coordinator, Instant.now(this.clock), "createProfessional", input,
					List.of(professional.id()), "{ __typename }");
		}
	}

	private <T> void remove(List<T> documents, Function<T, String> id) {
		if (!documents.isEmpty()) {
			this.mongo.remove(Query.query(Criteria.where("_id").in(documents.stream().map(id).toList())),
					documents.get(0).getClass());
		}
	}

	private <T> void replace(List<T> documents, Function<T, String> id) {
		if (documents.isEmpty()) {
			return;
		}
		Class<?> type = documents.get(0).getClass();
		Collection<String> ids = documents.stream().map(id).toList();
		this.mongo.remove(Query.query(Criteria.where("_id").in(ids)), type);
		this.mongo.insertAll(documents);
	}

}

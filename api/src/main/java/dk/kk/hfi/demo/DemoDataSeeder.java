package dk.kk.hfi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.plan.Plan;

/**
 * Seeds the demo data on first start, before the server takes requests. Professionals are
 * written last and mark the seed as done, so a start interrupted half-way seeds again
 * (replacing only demo ids) instead of leaving half a data set.
 */
@Component
@Conditional(DemoSeedCondition.class)
class DemoDataSeeder implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	DemoDataSeeder(MongoTemplate mongo, Clock clock) {
		this.clock = clock;
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.estimatedCount(Professional.class) > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoDataSet data = DemoDataGenerator.generate(LocalDate.now(this.clock));
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
		replace(data.assessments(), (assessment) -> assessment.id());
		replace(data.registerObservations(), (observation) -> observation.id());
		replace(data.experienceSurveys(), (survey) -> survey.id());
		replace(data.professionals(), Professional::id);
		logger.info("Seeded demo data: {} families, {} professionals in {} ms", data.families().size(),
				data.professionals().size(), (System.nanoTime() - started) / 1_000_000);
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

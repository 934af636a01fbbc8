package dk.kk.hfi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import dk.kk.hfi.access.QueryAuthorization;
import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.caller.Caller;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.course.CourseProperties;
import dk.kk.hfi.family.District;
import dk.kk.hfi.family.Family;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

/**
 * Runs the evaluation reports for the support team and leaders: loads the population (HFI families only) and the
 * records a report needs, projected without names, CPR or contact data, and hands them to
 * {@link ReportCalculations}, whose figures pass the small-cell suppression of {@link ReportTable}.
 */
@Service
public class ReportService {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final QueryAuthorization authorization;

	private final CourseProperties course;

	ReportService(MongoTemplate mongo, QueryAuthorization authorization, CourseProperties course, Clock clock) {
		this.clock = clock;
		this.mongo = mongo;
		this.authorization = authorization;
		this.course = course;
	}

	public Report run(Caller caller, ReportName name, Period period, District district) {
		this.authorization.requireAllowed(caller, name.queryField(), LocalDate.now(this.clock));
		ReportScope scope = scope(period, district);
		ReportTable table = new ReportTable();
		List<Report.MissingData> missing = new ArrayList<>();
		ReportCalculations calculations = new ReportCalculations(scope, table, missing);
		switch (name) {
			case PARENTS_BURDENS -> calculations.parentsBurdens(assessments(scope));
			case CHILDRENS_BURDENS -> calculations.childrensBurdens(assessments(scope));
			case STRESS_REACTIONS -> calculations.stressReactions(assessments(scope));
			case INCOME_SUPPORT -> calculations.incomeSupport(observations(scope, RegisterKind.INCOME_SUPPORT),
					observations(scope, RegisterKind.INTERNSHIP));
			case LEISURE -> calculations.leisure(observations(scope, RegisterKind.LEISURE_PARTICIPATION),
					measures(scope));
			case SOCIAL_MEASURES -> calculations.socialMeasures(measures(scope));
			case COSTS -> calculations.costs(measures(scope));
			case SCHOOL_ABSENCE -> calculations.schoolAbsence(observations(scope, RegisterKind.SCHOOL_ABSENCE));
			case EXPERIENCE_SURVEY -> calculations.experienceSurvey(surveys(scope));
			case PROGRAMME_STATUS -> calculations.programmeStatus(familiesSoFar(scope), this.course.capacity());
		}
		return new Report(name, name.title(), period, district, scope.families().size(), scope.members().size(),
				missing, table.rows());
	}

	private ReportScope scope(Period period, District district) {
		LocalDate today = LocalDate.now(this.clock);
		if (period.from() == null) {
			throw HfiException.badInput("The period needs a first day");
		}
		LocalDate end = (period.to() == null || period.to().isAfter(today)) ? today : period.to();
		if (end.isBefore(period.from())) {
			throw HfiException.badInput("The period must not end before it starts, nor start in the future");
		}
		Criteria criteria = Criteria.where("course.activatedOn")
			.lte(end)
			.orOperator(Criteria.where("course.closedOn").is(null),
					Criteria.where("course.closedOn").gte(period.from()));
		if (district != null) {
			criteria = criteria.and("district").is(district);
		}
		Query query = new Query(criteria);
		withoutPersonalDetails(query);
		return new ReportScope(period.from(), end, district, this.mongo.find(query, Family.class));
	}

	/** Families (in the district) that started in HFI by the end of the period, whatever their course since. */
	private long familiesSoFar(ReportScope scope) {
		Criteria criteria = Criteria.where("course.activatedOn").lte(scope.end());
		if (scope.district() != null) {
			criteria = criteria.and("district").is(scope.district());
		}
		return this.mongo.count(new Query(criteria), Family.class);
	}

	private static void withoutPersonalDetails(Query query) {
		query.fields()
			.exclude("name", "household", "coreTeam", "course.transitions", "members.firstName", "members.lastName",
					"members.cpr", "members.phone", "members.email", "members.relations");
	}

	private List<Assessment> assessments(ReportScope scope) {
		return this.mongo.find(byFamilies(scope), Assessment.class);
	}

	private List<ExperienceSurvey> surveys(ReportScope scope) {
		return this.mongo.find(byFamilies(scope), ExperienceSurvey.class);
	}

	private List<Measure> measures(ReportScope scope) {
		Query query = byFamilies(scope);
		query.fields().exclude("legalBasis", "leisure.activity", "leisure.provider");
		return this.mongo.find(query, Measure.class);
	}

	private List<RegisterObservation> observations(ReportScope scope, RegisterKind kind) {
		Query query = new Query(Criteria.where("familyId").in(scope.familyIds()).and("kind").is(kind));
		query.fields().exclude("source");
		return this.mongo.find(query, RegisterObservation.class);
	}

	/** Only the population's records are read: reports never touch data of families outside HFI. */
	private static Query byFamilies(ReportScope scope) {
		return new Query(Criteria.where("familyId").in(scope.familyIds()));
	}

}

package dk.kk.hfi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import dk.kk.hfi.access.QueryAuthorization;
import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

/**
 * Runs the evaluation reports for the support team and leaders: loads the population (HFI
 * families only) and the records a report needs, projected without names, CPR or contact
 * data, and hands them to {@link ReportCalculations}, whose figures pass the small-cell
 * suppression of {@link ReportTable}.
 */
@Service
public class ReportService {

	/** Every district and, as null, all of them. */
	private static final List<District> DISTRICTS = Stream
		.concat(Stream.of((District) null), Arrays.stream(District.values()))
		.toList();

	private final MongoTemplate mongo;

	private final Clock clock;

	private final QueryAuthorization authorization;

	ReportService(MongoTemplate mongo, QueryAuthorization authorization, Clock clock) {
		this.mongo = mongo;
		this.authorization = authorization;
		this.clock = clock;
	}

	/**
	 * The report for one fixed period and district (null: all). It is computed, with its
	 * suppression, as one table over every period of the year that has ended (quarters,
	 * halves, the year) and every district and their total, from the same intake: each
	 * family counts in the quarter its course was activated and its figures do not depend
	 * on the period asked, so a year's figures are exactly the sums of its quarters' and
	 * the total's the sums of the districts'. The table's suppression is then the same
	 * whichever slice is asked, and no combination of allowed requests recovers a
	 * suppressed figure (see {@link ReportTable}).
	 */
	public Report run(Caller caller, ReportName name, @Nullable String periodText, @Nullable District district) {
		return run(caller, name, periodText, district, new ReportYears());
	}

	/**
	 * As {@link #run(Caller, ReportName, String, District)}, taking a year already
	 * computed in this request from {@code years}: a request that asks for many slices of
	 * one report computes its table once.
	 */
	public Report run(Caller caller, ReportName name, @Nullable String periodText, @Nullable District district,
			ReportYears years) {
		this.authorization.requireAllowed(caller, name.queryField(), LocalDate.now(this.clock));
		LocalDate today = LocalDate.now(this.clock);
		ReportPeriod period = ReportPeriod.parse(periodText, today);
		ReportYears.Year year = years.computeIfAbsent(name, period.year(), () -> computeYear(name, period, today));
		// The requested period and district are among the slices.
		Report requested = Objects.requireNonNull(year.slices().get(slice(period, district)));
		return new Report(name, requested.title(), requested.period(), district, requested.families(),
				requested.members(), requested.missing(), year.table().rows(slice(period, district)));
	}

	/** Every slice of the report's year (see {@link #run}) and the suppressed table. */
	private ReportYears.Year computeYear(ReportName name, ReportPeriod period, LocalDate today) {
		List<ReportPeriod> periods = ReportPeriod.of(period.year())
			.stream()
			.filter((candidate) -> candidate.to().isBefore(today))
			.toList();
		List<Family> intake = intake(period.year(), periods);
		Records records = records(name, intake);
		List<Integer> costYears = costYears(period.year(), intake, today);
		ReportTable table = new ReportTable();
		Map<String, Report> slices = new HashMap<>();
		for (ReportPeriod slicePeriod : periods) {
			for (District sliceDistrict : DISTRICTS) {
				// Quarters before halves before the year, and a district before all: the
				// coarse figures stay shown.
				table.slice(slice(slicePeriod, sliceDistrict),
						2 * Integer.numberOfTrailingZeros(slicePeriod.last() - slicePeriod.first() + 1)
								+ ((sliceDistrict == null) ? 1 : 0));
				List<Family> families = intake.stream()
					// The intake was found by its courses' activation.
					.filter((family) -> slicePeriod.contains(Objects.requireNonNull(family.course().activatedOn()))
							&& (sliceDistrict == null || sliceDistrict == family.district()))
					.toList();
				ReportScope scope = new ReportScope(slicePeriod, sliceDistrict, families, today, costYears);
				List<Report.MissingData> missing = new ArrayList<>();
				calculate(name, new ReportCalculations(scope, table, missing), scope, records);
				slices.put(slice(slicePeriod, sliceDistrict), new Report(name, name.title(), slicePeriod.dates(),
						sliceDistrict, families.size(), scope.members().size(), missing, List.of()));
			}
		}
		for (ReportPeriod total : periods) {
			for (District sliceDistrict : DISTRICTS) {
				List<String> parts = periods.stream()
					.filter((part) -> !part.equals(total) && total.contains(part)
							&& periods.stream()
								.noneMatch((between) -> !between.equals(total) && !between.equals(part)
										&& total.contains(between) && between.contains(part)))
					.map((part) -> slice(part, sliceDistrict))
					.toList();
				if (!parts.isEmpty()) {
					table.additive(slice(total, sliceDistrict), parts.toArray(String[]::new));
				}
			}
			table.additive(slice(total, null),
					DISTRICTS.stream()
						.filter(Objects::nonNull)
						.map((part) -> slice(total, part))
						.toArray(String[]::new));
		}
		return new ReportYears.Year(table, slices);
	}

	private void calculate(ReportName name, ReportCalculations calculations, ReportScope scope, Records records) {
		switch (name) {
			case PARENTS_BURDENS -> calculations.parentsBurdens(records.assessments());
			case CHILDRENS_BURDENS -> calculations.childrensBurdens(records.assessments());
			case STRESS_REACTIONS -> calculations.stressReactions(records.assessments());
			case INCOME_SUPPORT -> calculations.incomeSupport(records.observations(RegisterKind.INCOME_SUPPORT),
					records.observations(RegisterKind.INTERNSHIP));
			case LEISURE ->
				calculations.leisure(records.observations(RegisterKind.LEISURE_PARTICIPATION), records.measures());
			case SOCIAL_MEASURES -> calculations.socialMeasures(records.measures());
			case COSTS -> calculations.costs(records.measures());
			case SCHOOL_ABSENCE -> calculations.schoolAbsence(records.observations(RegisterKind.SCHOOL_ABSENCE));
			case EXPERIENCE_SURVEY -> calculations.experienceSurvey(records.surveys());
			case PROGRAMME_STATUS -> calculations.programmeStatus(familiesSoFar(scope));
		}
	}

	private static String slice(ReportPeriod period, @Nullable District district) {
		return period + "/" + ((district != null) ? district.name() : "ALL");
	}

	/**
	 * The HFI families whose course was activated in the ended quarters of the year, in
	 * any district.
	 */
	private List<Family> intake(int year, List<ReportPeriod> periods) {
		LocalDate last = periods.stream().map(ReportPeriod::to).max(LocalDate::compareTo).orElseThrow();
		Query query = new Query(Criteria.where("course.activatedOn").gte(LocalDate.of(year, 1, 1)).lte(last));
		withoutPersonalDetails(query);
		return this.mongo.find(query, Family.class);
	}

	/**
	 * The period's year to the last year a course of the year's intake ran: the same
	 * years for every slice.
	 */
	private static List<Integer> costYears(int year, List<Family> intake, LocalDate today) {
		int last = intake.stream()
			.map((family) -> (family.course().closedOn() != null && family.course().closedOn().isBefore(today))
					? family.course().closedOn() : today)
			.mapToInt(LocalDate::getYear)
			.max()
			.orElse(year);
		return IntStream.rangeClosed(year, Math.max(year, last)).boxed().toList();
	}

	/**
	 * Families (in the district) that started in HFI by the end of the period, whatever
	 * their course since.
	 */
	private long familiesSoFar(ReportScope scope) {
		Criteria criteria = Criteria.where("course.activatedOn").lte(scope.period().to());
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

	/**
	 * Only the intake's records are read, and only those the report needs: never data of
	 * families outside HFI.
	 */
	private Records records(ReportName name, List<Family> intake) {
		List<String> ids = intake.stream().map(Family::id).toList();
		Query byFamilies = new Query(Criteria.where("familyId").in(ids));
		List<Assessment> assessments = switch (name) {
			case PARENTS_BURDENS, CHILDRENS_BURDENS, STRESS_REACTIONS -> this.mongo.find(byFamilies, Assessment.class);
			default -> List.of();
		};
		List<ExperienceSurvey> surveys = (name == ReportName.EXPERIENCE_SURVEY)
				? this.mongo.find(byFamilies, ExperienceSurvey.class) : List.of();
		List<Measure> measures = List.of();
		if (name == ReportName.LEISURE || name == ReportName.SOCIAL_MEASURES || name == ReportName.COSTS) {
			Query query = new Query(Criteria.where("familyId").in(ids));
			query.fields().exclude("legalBasis", "leisure.activity", "leisure.provider");
			measures = this.mongo.find(query, Measure.class);
		}
		List<RegisterKind> kinds = switch (name) {
			case INCOME_SUPPORT -> List.of(RegisterKind.INCOME_SUPPORT, RegisterKind.INTERNSHIP);
			case LEISURE -> List.of(RegisterKind.LEISURE_PARTICIPATION);
			case SCHOOL_ABSENCE -> List.of(RegisterKind.SCHOOL_ABSENCE);
			default -> List.of();
		};
		List<RegisterObservation> observations = List.of();
		if (!kinds.isEmpty()) {
			Query query = new Query(Criteria.where("familyId").in(ids).and("kind").in(kinds));
			query.fields().exclude("source");
			observations = this.mongo.find(query, RegisterObservation.class);
		}
		return new Records(assessments, surveys, measures, observations);
	}

	/** The records of a year's intake that a report reads. */
	private record Records(List<Assessment> assessments, List<ExperienceSurvey> surveys, List<Measure> measures,
			List<RegisterObservation> all) {

		List<RegisterObservation> observations(RegisterKind kind) {
			return this.all.stream().filter((observation) -> observation.kind() == kind).toList();
		}

	}

}

package dk.kk.hfi.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import dk.kk.hfi.assessment.Agreement;
import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.AssessmentItem;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.AssessmentScore;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.assessment.SurveyAnswer;
import dk.kk.hfi.assessment.SurveyQuestion;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.measure.MeasureKind;
import dk.kk.hfi.measure.MeasureStatus;
import dk.kk.hfi.register.IncomeSupportType;
import dk.kk.hfi.register.RegisterObservation;
import dk.kk.hfi.report.Figure.Unit;
import dk.kk.hfi.report.ReportTable.Cell;

/**
 * The figures of each report, computed in memory from the population's projected records.
 * Every figure goes into the {@link ReportTable}, which suppresses small cells before any
 * figure leaves.
 */
final class ReportCalculations {

	static final String HIGH_OR_SOME = "HIGH_OR_SOME";

	private static final List<AssessmentItem> PARENTS_ITEMS = List.of(AssessmentItem.MENTAL_DIFFICULTIES,
			AssessmentItem.LIMITED_NETWORK, AssessmentItem.PHYSICAL_DIFFICULTIES, AssessmentItem.CONFLICT_WITH_PARTNER,
			AssessmentItem.OUT_OF_LABOUR_MARKET, AssessmentItem.DEBT, AssessmentItem.CONFLICTS_WITH_CHILDREN,
			AssessmentItem.LIMITED_DANISH);

	private static final List<AssessmentItem> CHILDRENS_ITEMS = List.of(AssessmentItem.HIGH_PARENTAL_CONFLICT,
			AssessmentItem.CAREGIVER_TRAUMA, AssessmentItem.WITNESSED_VIOLENCE, AssessmentItem.PSYCHOLOGICAL_NEGLECT,
			AssessmentItem.PARENTAL_SUBSTANCE_ABUSE);

	private static final List<AssessmentItem> STRESS_ITEMS = List.of(AssessmentItem.CONCENTRATION,
			AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, AssessmentItem.INTROVERTED_BEHAVIOUR);

	private static final int[][] AGE_GROUPS = { { 0, 5 }, { 6, 11 }, { 12, 17 } };

	private static final double DAYS_PER_MONTH = 365.25 / 12;

	private final ReportScope scope;

	private final ReportTable table;

	private final List<Report.MissingData> missing;

	ReportCalculations(ReportScope scope, ReportTable table, List<Report.MissingData> missing) {
		this.scope = scope;
		this.table = table;
		this.missing = missing;
	}

	// Assessments

	void parentsBurdens(List<Assessment> assessments) {
		burdens(this.scope.adults(), "parents", assessments, PARENTS_ITEMS, List.of(AssessmentKind.BASELINE));
	}

	void childrensBurdens(List<Assessment> assessments) {
		burdens(this.scope.children(), "children", assessments, CHILDRENS_ITEMS, List.of(AssessmentKind.BASELINE));
	}

	void stressReactions(List<Assessment> assessments) {
		burdens(this.scope.children(), "children", assessments, STRESS_ITEMS,
				List.of(AssessmentKind.BASELINE, AssessmentKind.CLOSING));
	}

	/**
	 * Per item and assessment: the share at each step of the scale, and at a high or some
	 * degree.
	 */
	private void burdens(List<Member> subjects, String who, List<Assessment> assessments, List<AssessmentItem> items,
			List<AssessmentKind> kinds) {
		Set<String> ids = this.scope.ids(subjects);
		Map<String, LocalDate> until = this.scope.untilByMember();
		for (AssessmentKind kind : kinds) {
			Map<String, Assessment> chosen = new HashMap<>();
			Comparator<Assessment> order = Comparator.comparing(Assessment::date);
			assessments.stream()
				.filter((assessment) -> assessment.kind() == kind && ids.contains(assessment.memberId())
						&& !assessment.date().isAfter(until.get(assessment.memberId())))
				.forEach((assessment) -> chosen.merge(assessment.memberId(), assessment, (a,
						b) -> ((kind == AssessmentKind.BASELINE) ? order.compare(a, b) <= 0 : order.compare(a, b) >= 0)
								? a : b));
			missing(kind.name() + "_ASSESSMENT",
					"The " + who + " without a " + kind.name().toLowerCase() + " assessment",
					ids.size() - chosen.size());
			for (AssessmentItem item : items) {
				Map<Degree, Integer> counts = new EnumMap<>(Degree.class);
				int base = 0;
				for (Assessment assessment : chosen.values()) {
					for (AssessmentScore score : assessment.items()) {
						if (score.item() == item && score.degree() != null) {
							counts.merge(score.degree(), 1, Integer::sum);
							base++;
						}
					}
				}
				List<Cell> steps = new ArrayList<>();
				for (Degree degree : Degree.values()) {
					steps.add(this.table.share(item.name(), label(item), kind.name(), degree.name(),
							counts.getOrDefault(degree, 0), base));
				}
				Cell highOrSome = this.table.share(item.name(), label(item), kind.name(), HIGH_OR_SOME,
						counts.getOrDefault(Degree.HIGH, 0) + counts.getOrDefault(Degree.SOME, 0), base);
				this.table.relation(null, steps.toArray(Cell[]::new));
				this.table.relation(highOrSome, steps.get(0), steps.get(1));
				this.table.relation(null, highOrSome, steps.get(2), steps.get(3));
			}
		}
	}

	// Register observations

	void incomeSupport(List<RegisterObservation> incomeSupport, List<RegisterObservation> internships) {
		List<Member> parents = this.scope.adults();
		Map<String, RegisterObservation> start = atStart(parents, incomeSupport);
		Map<String, RegisterObservation> now = sinceStart(parents, incomeSupport);
		missing("INCOME_SUPPORT_AT_START", "Parents without an income-support observation at the start",
				parents.size() - start.size());
		missing("INCOME_SUPPORT_NOW", "Parents without an income-support observation since the start",
				parents.size() - now.size());
		for (Map.Entry<String, Map<String, RegisterObservation>> series : List.of(Map.entry("START", start),
				Map.entry("NOW", now))) {
			List<Cell> types = new ArrayList<>();
			for (IncomeSupportType type : IncomeSupportType.values()) {
				int count = (int) series.getValue()
					.values()
					.stream()
					.filter((observation) -> observation.incomeSupport() == type)
					.count();
				types.add(this.table.share(type.name(), label(type), series.getKey(), null, count,
						series.getValue().size()));
			}
			this.table.relation(null, types.toArray(Cell[]::new));
		}
		Set<String> both = new HashSet<>(start.keySet());
		both.retainAll(now.keySet());
		transition(both, start, now, "TO_RESSOURCEFORLOB", "Fra kontanthjælp til ressourceforløb",
				(from) -> from == IncomeSupportType.KONTANTHJAELP, IncomeSupportType.RESSOURCEFORLOB);
		transition(both, start, now, "TO_FORTIDSPENSION", "Afklaret til førtidspension",
				(from) -> from != IncomeSupportType.FORTIDSPENSION, IncomeSupportType.FORTIDSPENSION);
		transition(both, start, now, "TO_EDUCATION", "Fra kontanthjælp eller ressourceforløb til uddannelse",
				(from) -> from == IncomeSupportType.KONTANTHJAELP || from == IncomeSupportType.RESSOURCEFORLOB,
				IncomeSupportType.EDUCATION);
		Set<String> parentIds = this.scope.ids(parents);
		Map<String, LocalDate> starts = this.scope.startByMember();
		Map<String, LocalDate> until = this.scope.untilByMember();
		int inInternship = (int) internships.stream()
			.filter((observation) -> parentIds.contains(observation.memberId())
					&& Boolean.TRUE.equals(observation.inInternship())
					&& observation.observedOn().isAfter(starts.get(observation.memberId()))
					&& !observation.observedOn().isAfter(until.get(observation.memberId())))
			.map(RegisterObservation::memberId)
			.distinct()
			.count();
		this.table.share("INTERNSHIP", "I praktik under forløbet", "DURING", null, inInternship, parents.size());
	}

	private void transition(Set<String> both, Map<String, RegisterObservation> start,
			Map<String, RegisterObservation> now, String item, String label, Predicate<IncomeSupportType> from,
			IncomeSupportType to) {
		int count = (int) both.stream()
			// Both start and now hold every id of both.
			.filter((id) -> from.test(Objects.requireNonNull(start.get(id)).incomeSupport())
					&& Objects.requireNonNull(now.get(id)).incomeSupport() == to)
			.count();
		this.table.share(item, label, "CHANGE", null, count, both.size());
	}

	void leisure(List<RegisterObservation> participation, List<Measure> measures) {
		for (Map.Entry<String, List<Member>> group : List.of(Map.entry("CHILDREN", this.scope.children()),
				Map.entry("ADULTS", this.scope.adults()))) {
			Map<String, RegisterObservation> start = atStart(group.getValue(), participation);
			Map<String, RegisterObservation> end = sinceStart(group.getValue(), participation);
			String who = group.getKey().toLowerCase();
			missing("LEISURE_AT_START_" + group.getKey(), "The " + who + " without a leisure observation at the start",
					group.getValue().size() - start.size());
			missing("LEISURE_AT_END_" + group.getKey(), "The " + who + " without a leisure observation since the start",
					group.getValue().size() - end.size());
			String label = group.getKey().equals("CHILDREN") ? "Børn, der deltager regelmæssigt i fritidsaktiviteter"
					: "Voksne, der deltager regelmæssigt i fritidsaktiviteter";
			this.table.share("ACTIVE_" + group.getKey(), label, "START", null, active(start), start.size());
			this.table.share("ACTIVE_" + group.getKey(), label, "END", null, active(end), end.size());
		}
		Map<String, Family> families = this.scope.familiesById();
		List<Measure> bridging = measures.stream()
			.filter((measure) -> measure.kind() == MeasureKind.LEISURE_BRIDGING && measure.period() != null
					&& families.containsKey(measure.familyId())
					&& !measure.period().from().isAfter(this.scope.until(families.get(measure.familyId()))))
			.toList();
		int supported = (int) bridging.stream().map(Measure::familyId).filter(families::containsKey).distinct().count();
		this.table.count("FAMILIES_SUPPORTED", "Familier støttet af KFF", "ALL", null, supported, supported);
		for (Map.Entry<String, List<Member>> group : List.of(Map.entry("CHILDREN", this.scope.children()),
				Map.entry("ADULTS", this.scope.adults()))) {
			Set<String> ids = this.scope.ids(group.getValue());
			List<Measure> courses = bridging.stream().filter((measure) -> ids.contains(measure.memberId())).toList();
			this.table.count("COURSES", "Brobygningsforløb", group.getKey(), null, courses.size(),
					distinctMembers(courses, (measure) -> true));
			int bridged = distinctMembers(courses,
					(measure) -> measure.status() == MeasureStatus.ACTIVE || measure.status() == MeasureStatus.ENDED);
			this.table.count("BRIDGED", "Brobygget til en fritidsaktivitet", group.getKey(), null, bridged, bridged);
			int retained = distinctMembers(courses,
					(measure) -> measure.leisure() != null && measure.leisure().retained());
			this.table.count("RETAINED", "Fastholdt i aktiviteten", group.getKey(), null, retained, retained);
		}
	}

	private static int active(Map<String, RegisterObservation> observations) {
		return (int) observations.values()
			.stream()
			.filter((observation) -> Boolean.TRUE.equals(observation.leisureActive()))
			.count();
	}

	void schoolAbsence(List<RegisterObservation> absence) {
		List<Member> children = this.scope.children();
		Map<String, RegisterObservation> before = atStart(children, absence);
		Map<String, RegisterObservation> last = sinceStart(children, absence);
		missing("ABSENCE_BEFORE_START", "Children without absence days for the 12 months before the start",
				children.size() - before.size());
		missing("ABSENCE_LAST_12_MONTHS", "Children without absence days since the start",
				children.size() - last.size());
		this.table.average("ABSENCE_DAYS", "Fraværsdage pr. barn", "12_MONTHS_BEFORE_START", null, Unit.DAYS,
				days(before), before.size());
		this.table.average("ABSENCE_DAYS", "Fraværsdage pr. barn", "LAST_12_MONTHS", null, Unit.DAYS, days(last),
				last.size());
	}

	private static double days(Map<String, RegisterObservation> observations) {
		return observations.values()
			.stream()
			.mapToInt((observation) -> (observation.absenceDaysLast12Months() != null)
					? observation.absenceDaysLast12Months() : 0)
			.sum();
	}

	/**
	 * Each member's latest observation on or before the day the family started in HFI.
	 */
	private Map<String, RegisterObservation> atStart(List<Member> members, List<RegisterObservation> observations) {
		Map<String, LocalDate> starts = this.scope.startByMember();
		Set<String> ids = this.scope.ids(members);
		return latest(observations, (observation) -> ids.contains(observation.memberId())
				&& !observation.observedOn().isAfter(starts.get(observation.memberId())));
	}

	/**
	 * Each member's latest observation after the start and by the course's end (or today
	 * while it runs).
	 */
	private Map<String, RegisterObservation> sinceStart(List<Member> members, List<RegisterObservation> observations) {
		Map<String, LocalDate> starts = this.scope.startByMember();
		Map<String, LocalDate> until = this.scope.untilByMember();
		Set<String> ids = this.scope.ids(members);
		return latest(observations,
				(observation) -> ids.contains(observation.memberId())
						&& observation.observedOn().isAfter(starts.get(observation.memberId()))
						&& !observation.observedOn().isAfter(until.get(observation.memberId())));
	}

	private static Map<String, RegisterObservation> latest(List<RegisterObservation> observations,
			Predicate<RegisterObservation> filter) {
		Map<String, RegisterObservation> latest = new HashMap<>();
		observations.stream()
			.filter(filter)
			.forEach((observation) -> latest.merge(observation.memberId(), observation,
					(a, b) -> a.observedOn().isAfter(b.observedOn()) ? a : b));
		return latest;
	}

	// Measures

	void socialMeasures(List<Measure> measures) {
		Map<String, Family> families = this.scope.familiesById();
		Set<String> children = this.scope.ids(this.scope.children());
		Set<String> adults = this.scope.ids(this.scope.adults());
		List<Measure> social = measures.stream()
			.filter((measure) -> MeasureKind.EVALUATION_SOCIAL.contains(measure.kind()) && measure.period() != null
					&& measure.status() != MeasureStatus.PLANNED && families.containsKey(measure.familyId()))
			.toList();
		for (String series : List.of("START", "NOW")) {
			List<Measure> active = social.stream().filter((measure) -> {
				// Only measures of the scope's families, whose courses were activated
				// (the intake).
				Family family = Objects.requireNonNull(families.get(measure.familyId()));
				LocalDate day = series.equals("START") ? Objects.requireNonNull(family.course().activatedOn())
						: this.scope.until(family);
				return measure.period().contains(day);
			}).toList();
			List<Measure> onChildren = active.stream()
				.filter((measure) -> children.contains(measure.memberId()))
				.toList();
			List<Measure> onAdults = active.stream().filter((measure) -> adults.contains(measure.memberId())).toList();
			int persons = distinctMembers(active, (measure) -> true);
			int childPersons = distinctMembers(onChildren, (measure) -> true);
			int adultPersons = distinctMembers(onAdults, (measure) -> true);
			Cell total = this.table.count("MEASURES", "Sociale foranstaltninger i alt", series, null, active.size(),
					persons);
			Cell perFamily = this.table.ratio("PER_FAMILY", "Gns. pr. familie", series, null, active.size(),
					families.size(), persons);
			Cell childCount = this.table.count("MEASURES_CHILDREN", "Foranstaltninger på børn", series, null,
					onChildren.size(), childPersons);
			Cell perChild = this.table.ratio("PER_CHILD", "Gns. pr. barn", series, null, onChildren.size(),
					children.size(), childPersons);
			Cell adultCount = this.table.count("MEASURES_ADULTS", "Foranstaltninger på voksne", series, null,
					onAdults.size(), adultPersons);
			Cell perAdult = this.table.ratio("PER_ADULT", "Gns. pr. voksen", series, null, onAdults.size(),
					adults.size(), adultPersons);
			this.table.relation(total, childCount, adultCount);
			this.table.link(total, perFamily);
			this.table.link(childCount, perChild);
			this.table.link(adultCount, perAdult);
		}
	}

	/**
	 * Per calendar year from the period's year to the last year a course of the year's
	 * intake ran (the same years for every period of that year): the children's SOF
	 * measures' costs (yearly cost pro rata for the days in the year, up to today),
	 * placements and preventive measures, and the average per child of each age group.
	 */
	void costs(List<Measure> measures) {
		List<Member> children = this.scope.children();
		Map<String, Member> childById = new HashMap<>();
		children.forEach((child) -> childById.put(child.id(), child));
		List<Measure> costed = measures.stream()
			.filter((measure) -> MeasureKind.EVALUATION_CHILD_COSTS.contains(measure.kind())
					&& childById.containsKey(measure.memberId()) && measure.period() != null
					&& measure.status() != MeasureStatus.PLANNED)
			.toList();
		missing("MEASURE_COST", "Children's measures without a yearly cost",
				(int) costed.stream().filter((measure) -> measure.yearlyCostDkk() == null).count());
		missing("CHILD_BIRTH_DATE", "Children without a birth date",
				(int) children.stream().filter((child) -> child.birthDate() == null).count());
		for (int year : this.scope.costYears()) {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = min(LocalDate.of(year, 12, 31), this.scope.today());
			int daysInYear = LocalDate.of(year, 1, 1).lengthOfYear();
			Map<String, Double> placements = new HashMap<>();
			Map<String, Double> preventive = new HashMap<>();
			for (Measure measure : costed) {
				if (measure.yearlyCostDkk() == null) {
					continue;
				}
				LocalDate from = max(first, measure.period().from());
				LocalDate to = (measure.period().to() != null) ? min(last, measure.period().to()) : last;
				if (to.isBefore(from)) {
					continue;
				}
				double cost = measure.yearlyCostDkk() * (ChronoUnit.DAYS.between(from, to) + 1) / daysInYear;
				((measure.kind() == MeasureKind.PLACEMENT) ? placements : preventive).merge(measure.memberId(), cost,
						Double::sum);
			}
			Map<String, Double> all = new HashMap<>(preventive);
			placements.forEach((id, cost) -> all.merge(id, cost, Double::sum));
			String series = Integer.toString(year);
			Cell total = this.table.amount("COSTS", "Samlede udgifter", series, null, sum(all), positive(all));
			Cell placed = this.table.amount("PLACEMENTS", "Udgifter til anbringelser", series, null, sum(placements),
					positive(placements));
			Cell prevented = this.table.amount("PREVENTIVE", "Udgifter til forebyggende foranstaltninger", series, null,
					sum(preventive), positive(preventive));
			this.table.relation(total, placed, prevented);
			LocalDate midYear = LocalDate.of(year, 7, 1);
			List<Cell> groups = new ArrayList<>();
			for (int[] group : AGE_GROUPS) {
				List<Member> inGroup = children.stream().filter((child) -> {
					Integer age = child.ageOn(midYear);
					return age != null && age >= group[0] && age <= group[1];
				}).toList();
				double groupCost = inGroup.stream().mapToDouble((child) -> all.getOrDefault(child.id(), 0.0)).sum();
				int contributing = (int) inGroup.stream()
					.filter((child) -> all.getOrDefault(child.id(), 0.0) > 0)
					.count();
				groups.add(this.table.average("AVERAGE_PER_CHILD", "Gns. udgift pr. barn", series,
						"AGE_" + group[0] + "_" + group[1], Unit.DKK, groupCost, inGroup.size(), contributing));
			}
			// average × children = the group's costs: the groups add up to (at most) the
			// total.
			this.table.relation(total, groups.toArray(Cell[]::new));
		}
	}

	private static long sum(Map<String, Double> costs) {
		return Math.round(costs.values().stream().mapToDouble(Double::doubleValue).sum());
	}

	private static int positive(Map<String, Double> costs) {
		return (int) costs.values().stream().filter((cost) -> cost > 0).count();
	}

	private static int distinctMembers(List<Measure> measures, Predicate<Measure> filter) {
		return (int) measures.stream().filter(filter).map(Measure::memberId).distinct().count();
	}

	// Experience survey

	void experienceSurvey(List<ExperienceSurvey> surveys) {
		Map<String, Family> families = this.scope.familiesById();
		for (AssessmentKind kind : AssessmentKind.values()) {
			Map<String, ExperienceSurvey> chosen = new HashMap<>();
			surveys.stream()
				.filter((survey) -> survey.kind() == kind && families.containsKey(survey.familyId())
						&& !survey.answeredOn().isAfter(this.scope.until(families.get(survey.familyId()))))
				.forEach((survey) -> chosen.merge(survey.familyId(), survey, (a,
						b) -> ((kind == AssessmentKind.BASELINE) == a.answeredOn().isBefore(b.answeredOn())) ? a : b));
			missing(kind.name() + "_SURVEY", "Families without a " + kind.name().toLowerCase() + " survey",
					this.scope.families().size() - chosen.size());
			for (SurveyQuestion question : SurveyQuestion.values()) {
				int base = 0;
				int yes = 0;
				for (ExperienceSurvey survey : chosen.values()) {
					for (SurveyAnswer answer : survey.answers()) {
						if (answer.question() == question && answer.answer() != null) {
							base++;
							yes += (answer.answer() == Agreement.YES) ? 1 : 0;
						}
					}
				}
				this.table.share(question.name(), label(question), kind.name(), Agreement.YES.name(), yes, base);
			}
		}
	}

	// Programme status

	/**
	 * The period's intake: how many families had started by the period's end, and of
	 * those who started in the period how many still run or have closed (today), their
	 * children and their courses' lengths so far.
	 */
	void programmeStatus(long familiesSoFar) {
		List<Family> families = this.scope.families();
		Predicate<Family> running = (family) -> family.course().closedOn() == null
				|| !family.course().closedOn().isBefore(this.scope.today());
		List<Family> active = families.stream().filter(running).toList();
		List<Family> closed = families.stream().filter(running.negate()).toList();
		this.table.count("FAMILIES_SO_FAR", "Familier startet i HFI til og med perioden", "PERIOD_END", null,
				(int) familiesSoFar, (int) familiesSoFar);
		Cell activeCount = this.table.count("ACTIVE", "Familier fra perioden stadig i HFI", "NOW", null, active.size(),
				active.size());
		Cell closedCount = this.table.count("CLOSED", "Familier fra perioden med afsluttet forløb", "NOW", null,
				closed.size(), closed.size());
		this.table.relation(null, activeCount, closedCount);
		int children = (int) this.scope.children().stream().filter((child) -> {
			// Every member of the scope has its family's start.
			Integer age = child.ageOn(Objects.requireNonNull(this.scope.startByMember().get(child.id())));
			return age == null || age < 18;
		}).count();
		this.table.count("CHILDREN", "Børn under 18 år ved opstart", "START", null, children, children);
		Cell closedLength = this.table.average("COURSE_LENGTH", "Forløbslængde i måneder", "CLOSED", null, Unit.MONTHS,
				months(closed), closed.size());
		Cell ongoingLength = this.table.average("COURSE_LENGTH", "Forløbslængde i måneder", "ONGOING", null,
				Unit.MONTHS, months(active), active.size());
		// An average's base is the count it is taken over: shown or suppressed with it.
		this.table.link(closedCount, closedLength);
		this.table.link(activeCount, ongoingLength);
	}

	private double months(List<Family> families) {
		return families.stream()
			.mapToLong((family) -> ChronoUnit.DAYS.between(family.course().activatedOn(), this.scope.until(family)))
			.sum() / DAYS_PER_MONTH;
	}

	// Helpers

	private void missing(String data, String description, int count) {
		this.missing.add(new Report.MissingData(data, description, count));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static String label(AssessmentItem item) {
		return switch (item) {
			case MENTAL_DIFFICULTIES -> "Psykiske vanskeligheder";
			case LIMITED_NETWORK -> "Begrænset eller intet netværk";
			case PHYSICAL_DIFFICULTIES -> "Fysiske vanskeligheder";
			case CONFLICT_WITH_PARTNER -> "Konflikt med (eks-)partner";
			case OUT_OF_LABOUR_MARKET -> "Uden for arbejdsmarkedet i 5–10+ år";
			case DEBT -> "Gæld";
			case CONFLICTS_WITH_CHILDREN -> "Konflikter med børnene";
			case LIMITED_DANISH -> "Begrænsede danskkundskaber";
			case HIGH_PARENTAL_CONFLICT -> "Højt konfliktniveau mellem forældrene";
			case CAREGIVER_TRAUMA -> "Omsorgspersoner med traumer eller psykisk sygdom";
			case WITNESSED_VIOLENCE -> "Har overværet vold";
			case PSYCHOLOGICAL_NEGLECT -> "Psykisk omsorgssvigt";
			case PARENTAL_SUBSTANCE_ABUSE -> "Forældre med misbrug";
			case CONCENTRATION -> "Koncentration";
			case PSYCHOLOGICAL_SYMPTOMS -> "Psykiske symptomer";
			case INTROVERTED_BEHAVIOUR -> "Indadreagerende adfærd";
		};
	}

	static String label(IncomeSupportType type) {
		return switch (type) {
			case KONTANTHJAELP -> "Kontanthjælp";
			case RESSOURCEFORLOB -> "Ressourceforløb";
			case FORTIDSPENSION -> "Førtidspension";
			case EDUCATION -> "Uddannelse";
			case EMPLOYMENT -> "Beskæftigelse";
			case OTHER -> "Andet";
		};
	}

	static String label(SurveyQuestion question) {
		return switch (question) {
			case KNOWS_WHOM_TO_CONTACT -> "Ved altid, hvem vi skal kontakte";
			case HELP_TO_OVERVIEW_APPOINTMENTS -> "Har fået hjælp til overblik over aftaler";
			case STAFF_KNOW_OUR_SITUATION -> "Alle medarbejdere kender vores situation";
			case TELLS_STORY_ONCE -> "Fortæller vores historie én gang";
			case FEELS_LISTENED_TO -> "Føler os lyttet til";
		};
	}

}

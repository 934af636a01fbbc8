package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.assessment.Agreement;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.assessment.SurveyAnswer;
import dk.kk.hfi.assessment.SurveyQuestion;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.measure.MeasureKind;
import dk.kk.hfi.measure.MeasureStatus;
import dk.kk.hfi.register.IncomeSupportType;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

/**
 * The evaluation's population in the demo data: 44 families who started in the
 * programme's first year, 2023, whose records are set so that the reports over the 2023
 * intake give the figures the evaluation published (docs/DOMAIN.md): exact shares where
 * the evaluation gives a share, the social measures' counts at the start and now, and the
 * children's yearly costs for 2023 to 2025. Everything else in the demo data is drawn
 * freely.
 */
final class DemoEvaluation {

	/** The evaluation's data were collected up to the end of September 2025. */
	static final LocalDate END = LocalDate.of(2025, 9, 30);

	private static final LocalDate FIRST_START = LocalDate.of(2023, 4, 3);

	private static final LocalDate LAST_START = LocalDate.of(2023, 12, 11);

	/**
	 * Shares of YES at the start and at the end, per question (the evaluation's figures
	 * where it has them).
	 */
	static final Map<SurveyQuestion, double[]> YES_SHARES = Map.of(SurveyQuestion.KNOWS_WHOM_TO_CONTACT,
			new double[] { 0.40, 0.79 }, SurveyQuestion.HELP_TO_OVERVIEW_APPOINTMENTS, new double[] { 0.50, 1.0 },
			SurveyQuestion.STAFF_KNOW_OUR_SITUATION, new double[] { 0.44, 0.75 }, SurveyQuestion.TELLS_STORY_ONCE,
			new double[] { 0.25, 0.68 }, SurveyQuestion.FEELS_LISTENED_TO, new double[] { 0.55, 0.85 });

	// Income support of the parents in the household: kontanthjælp 66 % → 43 %, and where
	// those who left it went.

	private static final double KONTANTHJAELP_AT_START = 0.66;

	private static final double KONTANTHJAELP_NOW = 0.43;

	private static final double TO_FORTIDSPENSION = 0.091;

	private static final double TO_RESSOURCEFORLOB = 0.068;

	private static final double TO_EDUCATION = 0.045;

	/** Of all the parents (in the household or not): 34 % had an internship. */
	private static final double INTERNSHIP = 0.34;

	private static final double[] CHILDREN_ACTIVE_IN_LEISURE = { 0.32, 0.78 };

	private static final double[] ADULTS_ACTIVE_IN_LEISURE = { 0.25, 0.70 };

	/**
	 * Social measures on the children at the start and now (97 → 94), and on the adults
	 * (9 → 11).
	 */
	private static final int[] CHILDREN_SOCIAL_MEASURES = { 97, 94 };

	private static final int[] ADULTS_SOCIAL_MEASURES = { 9, 11 };

	/**
	 * Measures active at the start that have ended since, and the ones begun since, of
	 * the children and adults.
	 */
	private static final int[] ENDED_SINCE = { 10, 2 };

	/**
	 * The children's placements and preventive measures, in DKK, for 2023, 2024 and 2025.
	 */
	private static final Map<Integer, Double> YEARLY_COSTS = Map.of(2023, 10_746_237.0, 2024, 13_013_440.0, 2025,
			12_514_759.0);

	private final LocalDate today;

	private final Random random;

	private final Set<String> familyIds;

	private final Map<String, Family> families = new LinkedHashMap<>();

	private final Map<String, Member> members = new HashMap<>();

	DemoEvaluation(LocalDate today, long seed, Set<String> familyIds) {
		this.today = today;
		this.random = new Random(seed);
		this.familyIds = familyIds;
	}

	/**
	 * The day each family of the population started: spread evenly over the two years, in
	 * a drawn order.
	 */
	static Map<Integer, LocalDate> startDays(List<Integer> numbers, Random random) {
		List<Integer> order = new ArrayList<>(numbers);
		Collections.shuffle(order, random);
		long span = ChronoUnit.DAYS.between(FIRST_START, LAST_START);
		Map<Integer, LocalDate> starts = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			long day = span * i / Math.max(1, order.size() - 1);
			starts.put(order.get(i), FIRST_START.plusDays(day));
		}
		return starts;
	}

	DemoDataSet calibrate(DemoDataSet data) {
		data.families().stream().filter((family) -> this.familyIds.contains(family.id())).forEach((family) -> {
			this.families.put(family.id(), family);
			family.members().forEach((member) -> this.members.put(member.id(), member));
		});
		List<RegisterObservation> observations = observations(data.registerObservations());
		List<ExperienceSurvey> surveys = surveys(data.experienceSurveys());
		List<Measure> measures = costs(socialMeasures(data.measures()));
		return new DemoDataSet(data.professionals(), data.families(), data.consents(), data.plans(),
				data.planVersions(), measures, data.meetings(), data.assessments(), observations, surveys);
	}

	// Register observations

	/**
	 * The shares hold in each year's intake, so that each year's report shows them too
	 * (and their sum).
	 */
	private List<RegisterObservation> observations(List<RegisterObservation> all) {
		Map<String, RegisterObservation> byId = new LinkedHashMap<>();
		all.forEach((observation) -> byId.put(observation.id(), observation));
		for (int year : intakeYears()) {
			incomeSupport(all, year, byId);
			int parents = (int) this.members.values()
				.stream()
				.filter((member) -> member.role().isParentFigure() && intakeYear(member.familyId()) == year)
				.count();
			quota(ofPopulation(all, RegisterKind.INTERNSHIP, false, year), count(INTERNSHIP, parents), byId);
			for (boolean children : List.of(true, false)) {
				double[] shares = children ? CHILDREN_ACTIVE_IN_LEISURE : ADULTS_ACTIVE_IN_LEISURE;
				for (boolean atStart : List.of(true, false)) {
					List<RegisterObservation> leisure = ofPopulation(all, RegisterKind.LEISURE_PARTICIPATION, atStart,
							year)
						.stream()
						.filter((observation) -> isChild(observation.memberId()) == children)
						.toList();
					quota(leisure, count(shares[atStart ? 0 : 1], leisure.size()), byId);
				}
			}
		}
		return List.copyOf(byId.values());
	}

	/**
	 * Kontanthjælp at the start, the others in a ressourceforløb (clarifying their
	 * ability to work); of those on kontanthjælp, some go to førtidspension,
	 * ressourceforløb, education or a job.
	 */
	private void incomeSupport(List<RegisterObservation> all, int year, Map<String, RegisterObservation> byId) {
		List<RegisterObservation> atStart = shuffled(ofPopulation(all, RegisterKind.INCOME_SUPPORT, true, year));
		List<RegisterObservation> now = ofPopulation(all, RegisterKind.INCOME_SUPPORT, false, year);
		Map<String, IncomeSupportType> started = new HashMap<>();
		int onKontanthjaelp = count(KONTANTHJAELP_AT_START, atStart.size());
		for (int i = 0; i < atStart.size(); i++) {
			IncomeSupportType type = (i < onKontanthjaelp) ? IncomeSupportType.KONTANTHJAELP
					: IncomeSupportType.RESSOURCEFORLOB;
			started.put(atStart.get(i).memberId(), type);
			byId.put(atStart.get(i).id(), withIncome(atStart.get(i), type));
		}
		int base = now.size();
		List<IncomeSupportType> moves = new ArrayList<>();
		moves.addAll(Collections.nCopies(count(TO_FORTIDSPENSION, base), IncomeSupportType.FORTIDSPENSION));
		moves.addAll(Collections.nCopies(count(TO_RESSOURCEFORLOB, base), IncomeSupportType.RESSOURCEFORLOB));
		moves.addAll(Collections.nCopies(count(TO_EDUCATION, base), IncomeSupportType.EDUCATION));
		List<RegisterObservation> fromKontanthjaelp = shuffled(now.stream()
			.filter((observation) -> started.get(observation.memberId()) == IncomeSupportType.KONTANTHJAELP)
			.toList());
		while (moves.size() < fromKontanthjaelp.size() - count(KONTANTHJAELP_NOW, base)) {
			moves.add(IncomeSupportType.EMPLOYMENT);
		}
		for (RegisterObservation observation : now) {
			byId.put(observation.id(), withIncome(observation, started.get(observation.memberId())));
		}
		for (int i = 0; i < fromKontanthjaelp.size() && i < moves.size(); i++) {
			byId.put(fromKontanthjaelp.get(i).id(), withIncome(fromKontanthjaelp.get(i), moves.get(i)));
		}
	}

	private List<Integer> intakeYears() {
		return this.families.values()
			.stream()
			.map((family) -> activatedOn(family).getYear())
			.distinct()
			.sorted()
			.toList();
	}

	private int intakeYear(String familyId) {
		return activatedOn(family(familyId)).getYear();
	}

	/**
	 * The population's observations of a kind at the start (on or before the day it
	 * started) or since.
	 */
	private List<RegisterObservation> ofPopulation(List<RegisterObservation> all, RegisterKind kind, boolean atStart,
			int year) {
		return all.stream().filter((observation) -> {
			Family family = this.families.get(observation.familyId());
			return family != null && observation.kind() == kind && intakeYear(family.id()) == year
					&& !observation.observedOn().isAfter(family.course().activatedOn()) == atStart;
		}).toList();
	}

	/**
	 * Yes (in an internship, active in leisure) for the given number of the observations,
	 * drawn; no for the rest.
	 */
	private void quota(List<RegisterObservation> observations, int yes, Map<String, RegisterObservation> byId) {
		List<RegisterObservation> shuffled = shuffled(observations);
		for (int i = 0; i < shuffled.size(); i++) {
			byId.put(shuffled.get(i).id(), withBoolean(shuffled.get(i), i < yes));
		}
	}

	private static RegisterObservation withIncome(RegisterObservation observation, @Nullable IncomeSupportType type) {
		return new RegisterObservation(observation.id(), observation.familyId(), observation.memberId(),
				observation.kind(), observation.observedOn(), type, null, null, null, observation.source());
	}

	private static RegisterObservation withBoolean(RegisterObservation observation, boolean value) {
		boolean internship = observation.kind() == RegisterKind.INTERNSHIP;
		return new RegisterObservation(observation.id(), observation.familyId(), observation.memberId(),
				observation.kind(), observation.observedOn(), null, internship ? value : null, null,
				internship ? null : value, observation.source());
	}

	// The families' experience survey

	private List<ExperienceSurvey> surveys(List<ExperienceSurvey> all) {
		Map<String, ExperienceSurvey> byId = new LinkedHashMap<>();
		all.forEach((survey) -> byId.put(survey.id(), survey));
		for (AssessmentKind kind : List.of(AssessmentKind.BASELINE, AssessmentKind.CLOSING)) {
			for (int year : intakeYears()) {
				answer(all.stream()
					.filter((survey) -> survey.kind() == kind && this.families.containsKey(survey.familyId())
							&& intakeYear(survey.familyId()) == year)
					.toList(), kind, byId);
			}
		}
		return List.copyOf(byId.values());
	}

	/**
	 * Yes to each question from its share of the respondents, drawn; partly or no from
	 * the others.
	 */
	private void answer(List<ExperienceSurvey> surveys, AssessmentKind kind, Map<String, ExperienceSurvey> byId) {
		Map<String, Map<SurveyQuestion, Agreement>> answers = new HashMap<>();
		for (SurveyQuestion question : SurveyQuestion.values()) {
			List<ExperienceSurvey> shuffled = shuffled(surveys);
			int yes = count(Objects.requireNonNull(YES_SHARES.get(question))[(kind == AssessmentKind.BASELINE) ? 0 : 1],
					shuffled.size());
			for (int i = 0; i < shuffled.size(); i++) {
				Agreement answer = (i < yes) ? Agreement.YES
						: this.random.nextBoolean() ? Agreement.PARTLY : Agreement.NO;
				answers.computeIfAbsent(shuffled.get(i).id(), (id) -> new EnumMap<>(SurveyQuestion.class))
					.put(question, answer);
			}
		}
		for (ExperienceSurvey survey : surveys) {
			List<SurveyAnswer> given = Objects.requireNonNull(answers.get(survey.id()))
				.entrySet()
				.stream()
				.map((entry) -> new SurveyAnswer(entry.getKey(), entry.getValue()))
				.toList();
			byId.put(survey.id(), new ExperienceSurvey(survey.id(), survey.familyId(), survey.respondentId(),
					survey.kind(), survey.answeredOn(), given));
		}
	}

	// Social measures: as many at the start and now as the evaluation counted

	/**
	 * Gives the population's social measures periods so that the counts at the start and
	 * now are the evaluation's: running through (from before the start, still running),
	 * ended since the start, begun since the start, or ended before the start. The
	 * children's placements run through.
	 */
	private List<Measure> socialMeasures(List<Measure> all) {
		Map<String, Measure> byId = new LinkedHashMap<>();
		all.forEach((measure) -> byId.put(measure.id(), measure));
		for (boolean children : List.of(true, false)) {
			int[] counts = children ? CHILDREN_SOCIAL_MEASURES : ADULTS_SOCIAL_MEASURES;
			int ended = ENDED_SINCE[children ? 0 : 1];
			int through = counts[0] - ended;
			int begun = counts[1] - through;
			Predicate<Member> group = (member) -> (member.role() == FamilyRole.CHILD) == children;
			List<Measure> social = new ArrayList<>(all.stream()
				.filter((measure) -> this.families.containsKey(measure.familyId())
						&& MeasureKind.EVALUATION_SOCIAL.contains(measure.kind())
						&& group.test(member(measure.memberId())))
				.toList());
			Collections.shuffle(social, this.random);
			social.sort(Comparator.comparing((Measure measure) -> measure.kind() != MeasureKind.PLACEMENT));
			List<Measure> added = new ArrayList<>();
			while (social.size() + added.size() < through + ended + begun) {
				added.add(extraMeasure(children, byId, added));
			}
			social.addAll(added);
			int[] wanted = { through, ended, begun };
			for (Measure measure : social) {
				Member member = member(measure.memberId());
				Family family = family(measure.familyId());
				Period period = null;
				for (int type = 0; type < wanted.length && period == null; type++) {
					if (wanted[type] > 0) {
						period = period(type, member, family);
						if (period != null) {
							wanted[type]--;
						}
					}
				}
				if (period == null) {
					period = period(3, member, family);
				}
				if (period == null) {
					byId.remove(measure.id());
					continue;
				}
				byId.put(measure.id(),
						new Measure(measure.id(), null, measure.familyId(), measure.memberId(), measure.kind(),
								measure.ownerAdministration(), measure.legalBasis(), period, status(period),
								measure.yearlyCostDkk(), measure.leisure()));
			}
		}
		return new ArrayList<>(byId.values());
	}

	/**
	 * A period through the start and on (0), from before the start to since (1), from
	 * since the start on (2), or ended before the start (3); null where the member was
	 * not born early enough.
	 */
	private @Nullable Period period(int type, Member member, Family family) {
		LocalDate start = activatedOn(family);
		LocalDate until = until(family);
		LocalDate born = member.birthDate();
		int days = (int) ChronoUnit.DAYS.between(start, until);
		return switch (type) {
			case 0, 1 -> {
				LocalDate from = start.minusDays(between(30, 500));
				if (born != null && born.isAfter(start)) {
					yield null;
				}
				from = (born != null && from.isBefore(born)) ? born : from;
				yield new Period(from, (type == 0) ? null : start.plusDays(between(30, Math.max(30, days - 30))));
			}
			case 2 -> (born != null && born.isAfter(until.minusDays(14))) ? null
					: new Period(latest(start.plusDays(between(14, Math.max(14, days - 14))), born), null);
			default -> {
				LocalDate from = start.minusDays(between(400, 900));
				yield (born != null && born.isAfter(from)) ? null : new Period(from, start.minusDays(between(20, 300)));
			}
		};
	}

	/**
	 * A contact person for a child (or a support contact person for a parent) when the
	 * drawn ones are too few.
	 */
	private Measure extraMeasure(boolean child, Map<String, Measure> byId, List<Measure> added) {
		List<Member> candidates = this.members.values()
			.stream()
			.filter((member) -> (member.role() == FamilyRole.CHILD) == child && member.livesInHousehold())
			.sorted(Comparator.comparing(Member::id))
			.toList();
		Member member = candidates.get(this.random.nextInt(candidates.size()));
		MeasureKind kind = child ? MeasureKind.CONTACT_PERSON : MeasureKind.OTHER;
		String prefix = "mea-" + member.familyId().substring(4) + "-";
		int next = 1;
		while (byId.containsKey(prefix + String.format("%02d", next)) || idTaken(added, prefix, next)) {
			next++;
		}
		// A placeholder period: socialMeasures draws its period (or drops it) before
		// keeping it.
		return new Measure(prefix + String.format("%02d", next), null, member.familyId(), member.id(), kind,
				kind.owner(), kind.typicalLegalBasis(), new Period(this.today, null), MeasureStatus.ACTIVE,
				500 * between(40, 180), null);
	}

	private static boolean idTaken(List<Measure> added, String prefix, int n) {
		return added.stream().anyMatch((measure) -> measure.id().equals(prefix + String.format("%02d", n)));
	}

	// Costs

	/**
	 * Scales the yearly costs of the children's placements and preventive measures until
	 * the costs of each year (as the costs report counts them: pro rata for the days of
	 * the year, for the families that had started by the year) are the evaluation's, then
	 * rounds them to 100 DKK.
	 */
	private List<Measure> costs(List<Measure> all) {
		List<Measure> costed = all.stream()
			.filter((measure) -> this.families.containsKey(measure.familyId())
					&& MeasureKind.EVALUATION_CHILD_COSTS.contains(measure.kind()) && measure.yearlyCostDkk() != null
					&& member(measure.memberId()).role() == FamilyRole.CHILD)
			.toList();
		List<Integer> years = YEARLY_COSTS.keySet().stream().sorted().toList();
		double[] targets = years.stream().mapToDouble(YEARLY_COSTS::get).toArray();
		double[][] shares = new double[costed.size()][years.size()];
		double[] costs = new double[costed.size()];
		for (int m = 0; m < costed.size(); m++) {
			Measure measure = costed.get(m);
			int intake = intakeYear(measure.familyId());
			for (int y = 0; y < years.size(); y++) {
				shares[m][y] = (years.get(y) < intake) ? 0 : yearShare(measure.period(), years.get(y));
			}
			costs[m] = Objects.requireNonNull(measure.yearlyCostDkk());
		}
		// Iterative proportional fitting: each measure moves towards the targets of the
		// years it runs in.
		for (int iteration = 0; iteration < 10_000; iteration++) {
			double[] ratios = new double[years.size()];
			for (int m = 0; m < costs.length; m++) {
				for (int y = 0; y < years.size(); y++) {
					ratios[y] += costs[m] * shares[m][y];
				}
			}
			double worst = 0;
			for (int y = 0; y < years.size(); y++) {
				ratios[y] = targets[y] / ratios[y];
				worst = Math.max(worst, Math.abs(ratios[y] - 1));
			}
			if (worst < 1e-5) {
				break;
			}
			for (int m = 0; m < costs.length; m++) {
				double weight = 0;
				double factor = 0;
				for (int y = 0; y < years.size(); y++) {
					weight += shares[m][y];
					factor += shares[m][y] * ratios[y];
				}
				costs[m] *= (weight > 0) ? factor / weight : 1;
			}
		}
		Map<String, Double> fitted = new HashMap<>();
		for (int m = 0; m < costs.length; m++) {
			fitted.put(costed.get(m).id(), costs[m]);
		}
		return all.stream().map((measure) -> {
			Double cost = fitted.get(measure.id());
			if (cost == null) {
				return measure;
			}
			int rounded = (int) Math.max(1_000, Math.round(cost / 100) * 100);
			return new Measure(measure.id(), null, measure.familyId(), measure.memberId(), measure.kind(),
					measure.ownerAdministration(), measure.legalBasis(), measure.period(), measure.status(), rounded,
					measure.leisure());
		}).toList();
	}

	/**
	 * The share of the year the period covers: the days it runs in the year over the
	 * year's length.
	 */
	private static double yearShare(Period period, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate from = latest(first, period.from());
		LocalDate to = (period.to() != null && period.to().isBefore(last)) ? period.to() : last;
		if (to.isBefore(from)) {
			return 0;
		}
		return (ChronoUnit.DAYS.between(from, to) + 1) / (double) first.lengthOfYear();
	}

	// Helpers

	private Member member(String memberId) {
		return Objects.requireNonNull(this.members.get(memberId));
	}

	private boolean isChild(String memberId) {
		return member(memberId).role() == FamilyRole.CHILD;
	}

	private Family family(String familyId) {
		return Objects.requireNonNull(this.families.get(familyId));
	}

	/** The population's courses have all started. */
	private static LocalDate activatedOn(Family family) {
		return Objects.requireNonNull(family.course().activatedOn());
	}

	private LocalDate until(Family family) {
		LocalDate closed = family.course().closedOn();
		return (closed != null && closed.isBefore(this.today)) ? closed : this.today;
	}

	private MeasureStatus status(Period period) {
		if (period.from().isAfter(this.today)) {
			return MeasureStatus.PLANNED;
		}
		return period.hasEndedBefore(this.today) ? MeasureStatus.ENDED : MeasureStatus.ACTIVE;
	}

	private static int count(double share, int base) {
		return (int) Math.round(share * base);
	}

	private int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	private <T> List<T> shuffled(List<T> values) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, this.random);
		return copy;
	}

	private static LocalDate latest(LocalDate a, @Nullable LocalDate b) {
		return (b == null || a.isAfter(b)) ? a : b;
	}

}

package dk.kk.hfi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import dk.kk.hfi.assessment.Agreement;
import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.AssessmentItem;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.AssessmentScore;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.assessment.SurveyAnswer;
import dk.kk.hfi.assessment.SurveyQuestion;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Household;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.measure.LeisureBridging;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.measure.MeasureKind;
import dk.kk.hfi.measure.MeasureStatus;
import dk.kk.hfi.register.IncomeSupportType;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

/**
 * A data set whose report answers are known, shaped by the evaluation's published
 * figures: 44 families with 44 mothers and 73 children, courses started in 2018 (families
 * 0–21 in the first quarter, 22–43 in the third; no demo data is that old, so a report
 * over {@link #YEAR} sees only these). Families 40–43 live in Bispebjerg, the others in
 * Nørrebro.
 */
final class ReportDataSet {

	static final String YEAR = "2018";

	static final LocalDate FROM = LocalDate.of(2018, 1, 1);

	static final String PREFIX = "rpt-";

	// Before the earliest course close (2019-10-31): figures at the end are taken by the
	// day a course closed.
	private static final LocalDate LATER = LocalDate.of(2019, 10, 1);

	private final List<Family> families = new ArrayList<>();

	private final List<Measure> measures = new ArrayList<>();

	private final List<RegisterObservation> observations = new ArrayList<>();

	private final List<ExperienceSurvey> surveys = new ArrayList<>();

	private final Map<String, List<AssessmentScore>> baselines = new HashMap<>();

	private final Map<String, List<AssessmentScore>> closings = new HashMap<>();

	private int sequence;

	/**
	 * The year of a second, small intake ({@link #insertLoneFamilyYear}): Nørrebro's 6
	 * families of the first quarter, closed, and 10 of the third, 5 closed and 5 still
	 * running; Bispebjerg's one family of the third quarter, still running.
	 */
	static final String LONE_FAMILY_YEAR = "2017";

	private static final String LONE_PREFIX = PREFIX + "lone-";

	static String familyId(int f) {
		return String.format("%sfam-%02d", PREFIX, f);
	}

	static String mother(int f) {
		return familyId(f) + "-m1";
	}

	/**
	 * Child c: the first children of families 0–43 are c 0–43, the second children of
	 * families 0–28 c 44–72.
	 */
	static String child(int c) {
		return (c < 44) ? familyId(c) + "-m2" : familyId(c - 44) + "-m3";
	}

	static int familyOfChild(int c) {
		return (c < 44) ? c : c - 44;
	}

	static LocalDate activated(int f) {
		return (f < 22) ? LocalDate.of(2018, 3, 1) : LocalDate.of(2018, 9, 1);
	}

	void insert(MongoTemplate mongo) {
		for (int f = 0; f < 44; f++) {
			family(f);
		}
		assessments();
		incomeSupport();
		leisure();
		socialMeasures();
		schoolAbsence();
		experienceSurvey();
		mongo.insert(this.families, Family.class);
		mongo.insert(this.measures, Measure.class);
		mongo.insert(this.observations, RegisterObservation.class);
		mongo.insert(this.surveys, ExperienceSurvey.class);
		List<Assessment> assessments = new ArrayList<>();
		this.baselines.forEach((member, items) -> assessments.add(new Assessment(id("asm"), familyOf(member), member,
				AssessmentKind.BASELINE, activated(familyIndex(member)), items)));
		this.closings.forEach((member, items) -> assessments
			.add(new Assessment(id("asm"), familyOf(member), member, AssessmentKind.CLOSING, LATER, items)));
		mongo.insert(assessments, Assessment.class);
	}

	static void remove(MongoTemplate mongo) {
		mongo.remove(new Query(Criteria.where("_id").regex("^" + PREFIX)), Family.class);
		for (Class<?> type : List.of(Measure.class, RegisterObservation.class, ExperienceSurvey.class,
				Assessment.class)) {
			mongo.remove(new Query(Criteria.where("familyId").regex("^" + PREFIX)), type);
		}
	}

	static void insertLoneFamilyYear(MongoTemplate mongo) {
		List<Family> families = new ArrayList<>();
		for (int f = 0; f < 17; f++) {
			String id = String.format("%sfam-%02d", LONE_PREFIX, f);
			LocalDate activated = (f < 6) ? LocalDate.of(2017, 2, 1) : LocalDate.of(2017, 8, 1);
			boolean running = f >= 11;
			Course course = new Course(running ? CourseStatus.ACTIVE : CourseStatus.CLOSED, activated.minusDays(14),
					activated, running ? null : LocalDate.of(2018, 12, 31), List.of());
			families
				.add(new Family(id, null, "Rapportfamilie " + id, (f == 16) ? District.BISPEBJERG : District.NORREBRO,
						new Household("Testvej 1", "2200", "København N"),
						List.of(member(id + "-m1", id, FamilyRole.MOTHER, LocalDate.of(1985, 1, 1)),
								member(id + "-m2", id, FamilyRole.CHILD, LocalDate.of(2012, 1, 1))),
						course, List.of()));
		}
		mongo.insert(families, Family.class);
	}

	static void removeLoneFamilyYear(MongoTemplate mongo) {
		mongo.remove(new Query(Criteria.where("_id").regex("^" + LONE_PREFIX)), Family.class);
	}

	private void family(int f) {
		String id = familyId(f);
		List<Member> members = new ArrayList<>();
		members.add(member(mother(f), id, FamilyRole.MOTHER, LocalDate.of(1985, 1, 1)));
		members.add(member(child(f), id, FamilyRole.CHILD, birthDate(f)));
		if (f < 29) {
			members.add(member(child(44 + f), id, FamilyRole.CHILD, birthDate(44 + f)));
		}
		LocalDate closed = (f >= 34) ? LocalDate.of(2019, 10, 31) : LocalDate.of(2020, 3, 31);
		Course course = new Course(CourseStatus.CLOSED, LocalDate.of(2018, 1, 15), activated(f), closed, List.of());
		this.families
			.add(new Family(id, null, "Rapportfamilie " + f, (f >= 40) ? District.BISPEBJERG : District.NORREBRO,
					new Household("Testvej 1", "2200", "København N"), members, course, List.of()));
	}

	/** Ages 2, 8 and 14 in mid-2018: c 0–24, 25–49, 50–72. */
	private static LocalDate birthDate(int c) {
		return (c < 25) ? LocalDate.of(2016, 1, 1) : (c < 50) ? LocalDate.of(2010, 1, 1) : LocalDate.of(2004, 1, 1);
	}

	private static Member member(String id, String familyId, FamilyRole role, LocalDate birthDate) {
		return new Member(id, familyId, "Test", "Person", role, null, birthDate, null, null, true,
				role != FamilyRole.CHILD, List.of(), List.of());
	}

	private void assessments() {
		// Parents: mental difficulties 20/14/6/4 (77 % high or some), limited network
		// 18/15/11/0 (75 %).
		for (int p = 0; p < 44; p++) {
			score(this.baselines, mother(p), AssessmentItem.MENTAL_DIFFICULTIES, p, 20, 14, 6, 4);
			score(this.baselines, mother(p), AssessmentItem.LIMITED_NETWORK, p, 18, 15, 11, 0);
		}
		// Children's burdens of 28 children: 71 %, 71 %, 64 %, 50 %, 39 % burdened to a
		// high degree.
		int[] high = { 20, 20, 18, 14, 11 };
		AssessmentItem[] burdens = { AssessmentItem.HIGH_PARENTAL_CONFLICT, AssessmentItem.CAREGIVER_TRAUMA,
				AssessmentItem.WITNESSED_VIOLENCE, AssessmentItem.PSYCHOLOGICAL_NEGLECT,
				AssessmentItem.PARENTAL_SUBSTANCE_ABUSE };
		for (int c = 0; c < 28; c++) {
			for (int i = 0; i < burdens.length; i++) {
				score(this.baselines, child(c), burdens[i], c, high[i], 0, 28 - high[i], 0);
			}
		}
		// Stress reactions: concentration of 15 children, psychological symptoms of 28,
		// introverted behaviour of 33.
		for (int c = 0; c < 33; c++) {
			if (c < 15) {
				score(this.baselines, child(c), AssessmentItem.CONCENTRATION, c, 8, 0, 7, 0);
				score(this.closings, child(c), AssessmentItem.CONCENTRATION, c, 0, 5, 5, 5);
			}
			if (c < 28) {
				score(this.baselines, child(c), AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, c, 10, 8, 5, 5);
				score(this.closings, child(c), AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, c, 5, 8, 8, 7);
			}
			score(this.baselines, child(c), AssessmentItem.INTROVERTED_BEHAVIOUR, c, 9, 12, 12, 0);
			score(this.closings, child(c), AssessmentItem.INTROVERTED_BEHAVIOUR, c, 7, 10, 10, 6);
		}
	}

	/**
	 * The i-th person's degree when the first {@code high} are HIGH, the next
	 * {@code some} SOME, and so on.
	 */
	private static void score(Map<String, List<AssessmentScore>> into, String member, AssessmentItem item, int i,
			int high, int some, int lesser, int notAtAll) {
		Degree degree = (i < high) ? Degree.HIGH : (i < high + some) ? Degree.SOME : (i < high + some + lesser)
				? Degree.LESSER : (i < high + some + lesser + notAtAll) ? Degree.NOT_AT_ALL : null;
		if (degree != null) {
			into.computeIfAbsent(member, (key) -> new ArrayList<>()).add(new AssessmentScore(item, degree));
		}
	}

	private void incomeSupport() {
		for (int p = 0; p < 44; p++) {
			IncomeSupportType start = (p < 29) ? IncomeSupportType.KONTANTHJAELP
					: (p < 39) ? IncomeSupportType.EMPLOYMENT : IncomeSupportType.OTHER;
			IncomeSupportType now = (p < 19) ? IncomeSupportType.KONTANTHJAELP
					: (p < 22) ? IncomeSupportType.RESSOURCEFORLOB : (p < 26) ? IncomeSupportType.FORTIDSPENSION
							: (p < 28) ? IncomeSupportType.EDUCATION : (p == 28) ? IncomeSupportType.OTHER : start;
			observe(mother(p), RegisterKind.INCOME_SUPPORT, activated(p), start, null, null, null);
			observe(mother(p), RegisterKind.INCOME_SUPPORT, LATER, now, null, null, null);
			if (p < 15) {
				observe(mother(p), RegisterKind.INTERNSHIP, LocalDate.of(2019, 5, 1), null, true, null, null);
			}
		}
	}

	private void leisure() {
		for (int c = 0; c < 50; c++) {
			LocalDate start = activated(familyOfChild(c));
			observe(child(c), RegisterKind.LEISURE_PARTICIPATION, start, null, null, null, c < 16);
			observe(child(c), RegisterKind.LEISURE_PARTICIPATION, LATER, null, null, null, c < 39);
		}
		for (int p = 0; p < 44; p++) {
			observe(mother(p), RegisterKind.LEISURE_PARTICIPATION, activated(p), null, null, null, p < 10);
			observe(mother(p), RegisterKind.LEISURE_PARTICIPATION, LATER, null, null, null, p < 31);
		}
		// 36 children in 32 families: 45 courses, 33 bridged, 24 retained;
		// 13 mothers: 15 courses, 12 bridged, 7 retained.
		List<Integer> children = new ArrayList<>();
		for (int c = 0; c < 32; c++) {
			children.add(c);
		}
		children.addAll(List.of(44, 45, 46, 47));
		for (int c : children) {
			MeasureStatus status = (c >= 29 && c <= 31) ? MeasureStatus.PLANNED : MeasureStatus.ACTIVE;
			bridging(child(c), status, c < 24);
			if (c < 9) {
				bridging(child(c), MeasureStatus.ENDED, false);
			}
		}
		for (int p = 0; p < 13; p++) {
			bridging(mother(p), (p == 12) ? MeasureStatus.PLANNED : MeasureStatus.ACTIVE, p < 7);
			if (p < 2) {
				bridging(mother(p), MeasureStatus.ENDED, false);
			}
		}
	}

	private void bridging(String member, MeasureStatus status, boolean retained) {
		this.measures.add(new Measure(id("msr"), null, familyOf(member), member, MeasureKind.LEISURE_BRIDGING,
				Administration.KFF, "Folkeoplysningsloven", new Period(LocalDate.of(2018, 10, 1), null), status, null,
				new LeisureBridging("Fodbold", "BK Test", 2, 500, retained, retained ? LATER : null)));
	}

	/**
	 * Start 97 + 9 = 106 measures, now 94 + 11 = 105; placements on 6 children in 2018
	 * and 3 in 2019.
	 */
	private void socialMeasures() {
		Period always = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31));
		for (int c = 0; c < 73; c++) {
			measure(child(c), MeasureKind.FAMILY_TREATMENT, always, 100_000);
			if (c < 18) {
				measure(child(c), MeasureKind.CONTACT_PERSON, always, 50_000);
			}
			if (c >= 24 && c <= 26) {
				measure(child(c), MeasureKind.PLACEMENT, new Period(FROM, LocalDate.of(2020, 12, 31)), 400_000);
			}
			if (c >= 27 && c <= 29) {
				measure(child(c), MeasureKind.PLACEMENT, new Period(FROM, LocalDate.of(2018, 12, 31)), 400_000);
			}
		}
		for (int p = 0; p < 11; p++) {
			measure(mother(p), (p < 9) ? MeasureKind.MENTOR : MeasureKind.ALCOHOL_TREATMENT,
					(p < 9) ? always : new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 12, 31)), null);
		}
	}

	private void measure(String member, MeasureKind kind, Period period, Integer yearlyCost) {
		this.measures.add(new Measure(id("msr"), null, familyOf(member), member, kind, kind.owner(),
				kind.typicalLegalBasis(), period, MeasureStatus.ACTIVE, yearlyCost, null));
	}

	/**
	 * 12 children: 211 days in the 12 months before the start (17.58 on average), 228 in
	 * the last 12 (19).
	 */
	private void schoolAbsence() {
		for (int c = 0; c < 12; c++) {
			observe(child(c), RegisterKind.SCHOOL_ABSENCE, activated(familyOfChild(c)), null, null, (c < 11) ? 18 : 13,
					null);
			observe(child(c), RegisterKind.SCHOOL_ABSENCE, LocalDate.of(2019, 9, 1), null, null, 19, null);
		}
	}

	/** 16 families at the start, 20 at the end. */
	private void experienceSurvey() {
		for (int f = 0; f < 20; f++) {
			if (f < 16) {
				survey(f, AssessmentKind.BASELINE, activated(f), f < 5, f < 8, f < 7);
			}
			survey(f, AssessmentKind.CLOSING, LATER, f < 14, true, f < 15);
		}
	}

	private void survey(int f, AssessmentKind kind, LocalDate on, boolean knows, boolean overview, boolean staff) {
		this.surveys.add(new ExperienceSurvey(id("svy"), familyId(f), mother(f), kind, on, List.of(
				new SurveyAnswer(SurveyQuestion.KNOWS_WHOM_TO_CONTACT, knows ? Agreement.YES : Agreement.NO),
				new SurveyAnswer(SurveyQuestion.HELP_TO_OVERVIEW_APPOINTMENTS,
						overview ? Agreement.YES : Agreement.PARTLY),
				new SurveyAnswer(SurveyQuestion.STAFF_KNOW_OUR_SITUATION, staff ? Agreement.YES : Agreement.NO))));
	}

	private void observe(String member, RegisterKind kind, LocalDate on, IncomeSupportType incomeSupport,
			Boolean internship, Integer absenceDays, Boolean leisureActive) {
		this.observations.add(new RegisterObservation(id("reg"), familyOf(member), member, kind, on, incomeSupport,
				internship, absenceDays, leisureActive, "test"));
	}

	private static String familyOf(String member) {
		return member.substring(0, member.lastIndexOf("-m"));
	}

	private static int familyIndex(String member) {
		return Integer.parseInt(familyOf(member).substring((PREFIX + "fam-").length()));
	}

	private String id(String kind) {
		return PREFIX + kind + "-" + (++this.sequence);
	}

}

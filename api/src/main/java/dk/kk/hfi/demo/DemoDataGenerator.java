package dk.kk.hfi.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.AssessmentItem;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.AssessmentScore;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.demo.DemoContent.Activity;
import dk.kk.hfi.demo.DemoContent.ClosingReason;
import dk.kk.hfi.demo.DemoContent.NameSet;
import dk.kk.hfi.demo.DemoContent.ProfessionalEntry;
import dk.kk.hfi.demo.DemoContent.Voices;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.consent.SignatureMethod;
import dk.kk.hfi.domain.consent.Withdrawal;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Household;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.RelationKind;
import dk.kk.hfi.domain.family.StoredRelation;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.measure.LeisureBridging;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.measure.MeasureKind;
import dk.kk.hfi.measure.MeasureStatus;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.meeting.MeetingKind;
import dk.kk.hfi.plan.ActionStatus;
import dk.kk.hfi.plan.Goal;
import dk.kk.hfi.plan.GoalStatus;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.Principle;
import dk.kk.hfi.plan.Theme;
import dk.kk.hfi.plan.ThemeSection;
import dk.kk.hfi.plan.Voice;

import static dk.kk.hfi.common.Administration.BIF;
import static dk.kk.hfi.common.Administration.BUF;
import static dk.kk.hfi.common.Administration.KFF;
import static dk.kk.hfi.common.Administration.SOF;
import static dk.kk.hfi.common.Administration.SUF;

/**
 * The fictional, deterministic demo data set of 64 families of Nørrebro and Bispebjerg:
 * the five families the tests and the guided tour rely on, as described in
 * {@code demo/families} (see {@link DemoFamilyFiles} and {@link DemoIds}), and 59 drawn
 * from the hand-written content of {@code demo/content.yml}: the evaluation's 44, who
 * started in 2023 and whose records give the published figures (see
 * {@link DemoEvaluation}), and families referred or started since, relative to today.
 * Every family's assessments, plan history, register observations and experience surveys
 * are computed here. The same {@code today} always gives the same documents.
 */
public final class DemoDataGenerator {

	private static final long SEED = 20230301L;

	/**
	 * The tour's five families, the evaluation's 44, three not started yet, and the last
	 * twelve, who started after the evaluation (relative to today, so that the latest
	 * years' reports have an intake).
	 */
	private static final int FAMILY_COUNT = 64;

	private static final int RECENT_FAMILIES = 12;

	private static final LocalDate PROGRAMME_START = LocalDate.of(2023, 3, 1);

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private static final Set<Integer> CLOSED_FAMILIES = Set.of(7, 8, 9, 12, 13, 14, 17, 19, 22, 24, 26, 27, 29, 30, 33,
			34, 36, 38, 40, 44, 45, 46, 47, 48, 50, 52);

	private static final int CLOSED_AFTER_WITHDRAWAL = 30;

	private static final Set<Integer> REFERRED_FAMILIES = Set.of(5, 39);

	private static final Set<Integer> CONSENT_CONVERSATION_FAMILIES = Set.of(21, 42);

	private static final int TOUR_FAMILIES = 5;

	private static final List<Administration> ALL_ADMINISTRATIONS = List.of(Administration.values());

	private static final List<DataCategory> SHARED_CATEGORIES = Arrays.stream(DataCategory.values())
		.filter((category) -> category != DataCategory.BASIC_IDENTITY)
		.toList();

	private static final List<String> HFI_REPRESENTATIVES = List.of(DemoIds.SUPPORT_COORDINATOR, DemoIds.SOF_SPECIALIST,
			DemoIds.BIF_CONSULTANT);

	private final LocalDate today;

	private final DemoContent content;

	private final List<String> sofCaseworkers;

	private final List<String> bifCaseworkers;

	private final List<String> familyTherapists;

	private final Random random = new Random(SEED);

	/** Whether the one oral consent awaiting its signed document has been generated. */
	private boolean oralConsentNoted;

	private final Set<String> usedCprs = new HashSet<>();

	private final Map<String, Professional> professionalsById = new LinkedHashMap<>();

	private final Map<String, Facts> facts = new HashMap<>();

	/**
	 * The day each family of the evaluation's population started (its course was
	 * activated), by number.
	 */
	private Map<Integer, LocalDate> evaluationStarts = Map.of();

	private final Deque<String> danishSurnames;

	private final Deque<String> internationalSurnames;

	private final List<DemoFamily> tour;

	private DemoDataGenerator(LocalDate today, DemoContent content, List<DemoFamily> tour) {
		this.today = today;
		this.content = content;
		this.tour = tour;
		// The pools in the order of the content file: SOF_CASEWORKER and
		// BIF_JOB_CASEWORKER first.
		this.sofCaseworkers = professionalIds(ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER, false);
		this.bifCaseworkers = professionalIds(ProfessionalRole.JOB_CASEWORKER, false);
		this.familyTherapists = professionalIds(ProfessionalRole.FAMILY_THERAPIST, false);
		this.danishSurnames = shuffled(content.danish().lastNames());
		this.internationalSurnames = shuffled(content.international().lastNames());
		for (DemoFamily family : tour) {
			family.family().members().forEach((member) -> this.usedCprs.add(Objects.requireNonNull(member.cpr())));
			String lastName = mother(family.family()).lastName();
			this.danishSurnames.remove(lastName);
			this.internationalSurnames.remove(lastName);
		}
	}

	/** Generates the demo data set as it looks on {@code today}. */
	public static DemoDataSet generate(LocalDate today) {
		return new DemoDataGenerator(today, DemoContent.get(), DemoFamilyFiles.read(today)).build();
	}

	private DemoDataSet build() {
		// From a Random of its own.
		this.evaluationStarts = DemoEvaluation.startDays(evaluationNumbers(), new Random(SEED + 3));
		List<Professional> professionals = professionals();
		List<Family> families = new ArrayList<>();
		List<ConsentVersion> consents = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		List<Meeting> meetings = new ArrayList<>();
		List<Plan> plans = new ArrayList<>();
		for (DemoFamily described : this.tour) {
			Family family = described.family();
			this.facts.put(family.id(), new Facts(number(family.id()), isInternational(family), false));
			families.add(family);
			consents.addAll(described.consents());
			measures.addAll(described.measures());
			meetings.addAll(described.meetings());
			Optional.ofNullable(described.plan()).ifPresent(plans::add);
		}
		for (int number = TOUR_FAMILIES + 1; number <= FAMILY_COUNT; number++) {
			Family family = family(number);
			families.add(family);
			consents.addAll(consents(family));
			measures.addAll(measures(family));
			List<Meeting> familyMeetings = meetings(family);
			meetings.addAll(familyMeetings);
			plan(family, familyMeetings).ifPresent(plans::add);
		}
		List<Assessment> assessments = assessments(families);
		DemoCourseHistory history = new DemoCourseHistory(this.today, SEED + 1).build(families, plans, meetings);
		DemoDataSet data = new DemoDataSet(professionals, families, consents, history.plans(), history.planVersions(),
				measures, history.meetings(), assessments, history.observations(), history.surveys());
		return new DemoEvaluation(this.today, SEED + 2, evaluationFamilyIds()).calibrate(data);
	}

	/**
	 * The evaluation's population: the 44 families besides the tour's five and the six
	 * recent ones that started in HFI, all in the programme's first year (their dates are
	 * fixed, not relative to today).
	 */
	private static List<Integer> evaluationNumbers() {
		List<Integer> numbers = new ArrayList<>();
		for (int number = TOUR_FAMILIES + 1; number <= FAMILY_COUNT - RECENT_FAMILIES; number++) {
			CourseStatus status = plannedStatus(number);
			if (status == CourseStatus.ACTIVE || status == CourseStatus.CLOSED) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	private Set<String> evaluationFamilyIds() {
		Set<String> ids = new HashSet<>();
		this.evaluationStarts.keySet().forEach((number) -> ids.add(familyId(number)));
		return ids;
	}

	// Professionals

	private List<Professional> professionals() {
		for (ProfessionalEntry entry : this.content.professionals()) {
			professional(entry.id(), entry.name(), entry.administration(), entry.role(), entry.title(),
					entry.supportTeam());
		}
		return List.copyOf(this.professionalsById.values());
	}

	private List<String> professionalIds(ProfessionalRole role, boolean supportTeam) {
		return this.content.professionals()
			.stream()
			.filter((entry) -> entry.role() == role && entry.supportTeam() == supportTeam)
			.map(ProfessionalEntry::id)
			.toList();
	}

	private void professional(String id, String name, Administration administration, ProfessionalRole role,
			String title, boolean supportTeam) {
		String first = name.substring(0, name.indexOf(' '));
		String last = name.substring(name.lastIndexOf(' ') + 1);
		String email = slug(first) + "." + slug(last) + "@" + administration.name().toLowerCase(Locale.ROOT)
				+ ".example.org";
		this.professionalsById.put(id,
				new Professional(id, null, name, administration, role, title, email, phone(), supportTeam));
	}

	// Families and their members

	private Family family(int number) {
		String id = familyId(number);
		boolean international = chance(0.35);
		NameSet names = international ? this.content.international() : this.content.danish();
		String lastName = surname(international);
		District district = chance(0.55) ? District.NORREBRO : District.BISPEBJERG;
		Household household = household(district);
		List<Member> members = members(id, names, lastName);
		Timeline timeline = timeline(number, plannedStatus(number));
		Caseworkers sof = caseworkers(this.sofCaseworkers, number, timeline, 0.3);
		Caseworkers bif = caseworkers(this.bifCaseworkers, number, timeline, 0.2);
		boolean leisure = timeline.activatedOn() != null && chance(0.8);
		Course course = course(number, timeline, sof, bif);
		List<TeamMembership> coreTeam = coreTeam(number, timeline, sof, bif, leisure);
		this.facts.put(id, new Facts(number, international, leisure));
		return new Family(id, null, "Familien " + lastName, district, household, members, course, coreTeam);
	}

	private Household household(District district) {
		boolean norrebro = district == District.NORREBRO;
		String street = pick(norrebro ? this.content.streets().norrebro() : this.content.streets().bispebjerg()) + " "
				+ between(1, 88) + ", " + between(1, 5) + ". " + (chance(0.5) ? "th." : "tv.");
		return new Household(street, norrebro ? "2200" : "2400", norrebro ? "København N" : "København NV");
	}

	private List<Member> members(String familyId, NameSet names, String lastName) {
		int childCount = weighted(new int[] { 1, 2, 3, 4 }, new double[] { 0.2, 0.63, 0.14, 0.03 });
		List<Integer> ages = new ArrayList<>();
		for (int i = 0; i < childCount; i++) {
			ages.add(childAge());
		}
		if (chance(0.1)) {
			ages.add(between(18, 23));
		}
		ages.sort(Comparator.reverseOrder());
		int motherAge = Math.max(24, ages.get(0) + between(20, 31));
		Person mother = person(familyId, 1, pick(names.mothers()), lastName, FamilyRole.MOTHER, true, motherAge);
		mother.custodyHolder = true;
		List<Person> children = children(familyId, names, lastName, ages);
		List<Person> partners = partners(familyId, names, motherAge, children.size() + 2);
		Person father = partners.stream()
			.filter((partner) -> partner.role == FamilyRole.FATHER)
			.findFirst()
			.orElse(null);
		Person stepParent = partners.stream()
			.filter((partner) -> partner.role == FamilyRole.STEP_PARENT)
			.findFirst()
			.orElse(null);
		relate(mother, father, stepParent, children);
		List<Member> members = new ArrayList<>();
		members.add(mother.toMember(familyId));
		children.forEach((child) -> members.add(child.toMember(familyId)));
		partners.forEach((partner) -> members.add(partner.toMember(familyId)));
		return members;
	}

	/**
	 * Children of different first names; grown children have moved out, and a few are
	 * placed outside the home (anbringelse).
	 */
	private List<Person> children(String familyId, NameSet names, String lastName, List<Integer> ages) {
		List<Person> children = new ArrayList<>();
		Set<String> usedFirstNames = new HashSet<>();
		for (int age : ages) {
			boolean girl = chance(0.5);
			String firstName;
			do {
				firstName = pick(girl ? names.girls() : names.boys());
			}
			while (!usedFirstNames.add(firstName));
			Person child = person(familyId, children.size() + 2, firstName, lastName, FamilyRole.CHILD, girl, age);
			child.livesInHousehold = age < 18 && (age < 6 || !chance(0.1));
			children.add(child);
		}
		return children;
	}

	/**
	 * The father living apart (four in ten; some share custody), or for some a father or
	 * step-parent at home.
	 */
	private List<Person> partners(String familyId, NameSet names, int motherAge, int partnerNumber) {
		int fatherAge = motherAge + between(-2, 8);
		double situation = this.random.nextDouble();
		if (situation >= 0.14 && situation < 0.57) {
			Person father = person(familyId, partnerNumber, pick(names.fathers()), surname(names), FamilyRole.FATHER,
					false, fatherAge);
			father.livesInHousehold = false;
			father.custodyHolder = chance(0.35);
			return List.of(father);
		}
		if (situation < 0.14) {
			if (chance(0.6)) {
				Person father = person(familyId, partnerNumber, pick(names.fathers()), surname(names),
						FamilyRole.FATHER, false, fatherAge);
				father.custodyHolder = true;
				return List.of(father);
			}
			return List.of(person(familyId, partnerNumber, pick(names.fathers()), surname(names),
					FamilyRole.STEP_PARENT, false, fatherAge));
		}
		return List.of();
	}

	/** Stores every relation in both directions, and the children's custody holders. */
	private void relate(Person mother, @Nullable Person father, @Nullable Person stepParent, List<Person> children) {
		for (Person child : children) {
			boolean minor = child.age < 18;
			mother.relate(RelationKind.CHILD, child);
			child.relate(RelationKind.MOTHER, mother);
			if (father != null) {
				father.relate(RelationKind.CHILD, child);
				child.relate(RelationKind.FATHER, father);
			}
			if (stepParent != null && minor) {
				stepParent.relate(RelationKind.STEP_CHILD, child);
				child.relate(RelationKind.STEP_PARENT, stepParent);
			}
			for (Person sibling : children) {
				if (sibling != child) {
					child.relate(RelationKind.SIBLING, sibling);
				}
			}
			if (minor) {
				child.custodyHolderIds.add(mother.id);
				if (father != null && father.custodyHolder) {
					child.custodyHolderIds.add(father.id);
				}
			}
		}
		Person partner = (father != null) ? father : stepParent;
		if (partner != null) {
			mother.relate(RelationKind.PARTNER, partner);
			partner.relate(RelationKind.PARTNER, mother);
		}
	}

	private int childAge() {
		double roll = this.random.nextDouble();
		if (roll < 0.05) {
			return between(1, 3);
		}
		return (roll < 0.87) ? between(4, 14) : between(15, 17);
	}

	private Person person(String familyId, int n, String firstName, String lastName, FamilyRole role, boolean female,
			int age) {
		LocalDate birthDate = this.today.minusYears(age).minusDays(between(0, 364));
		String phone = (age >= 13) ? phone() : null;
		String email = (age >= 18) ? slug(firstName) + "." + slug(lastName) + familyId.substring(4) + "@example.org"
				: null;
		return new Person(DemoIds.memberId(familyId, n), firstName, lastName, role, birthDate, age,
				cpr(birthDate, female), phone, email);
	}

	private String cpr(LocalDate birthDate, boolean female) {
		while (true) {
			String cpr = DemoCpr.drawn(birthDate, female, this.random);
			if (this.usedCprs.add(cpr)) {
				return cpr;
			}
		}
	}

	/**
	 * A fictional eight-digit number: Danish subscriber numbers never start with 1 (those
	 * are short codes).
	 */
	private String phone() {
		return "1" + String.format("%07d", this.random.nextInt(10_000_000));
	}

	private String surname(boolean international) {
		Deque<String> unused = international ? this.internationalSurnames : this.danishSurnames;
		return unused.isEmpty()
				? pick((international ? this.content.international() : this.content.danish()).lastNames())
				: unused.pop();
	}

	private String surname(NameSet names) {
		return pick(names.lastNames());
	}

	// Course and core team

	private static CourseStatus plannedStatus(int number) {
		if (CLOSED_FAMILIES.contains(number)) {
			return CourseStatus.CLOSED;
		}
		if (REFERRED_FAMILIES.contains(number)) {
			return CourseStatus.REFERRED;
		}
		return CONSENT_CONVERSATION_FAMILIES.contains(number) ? CourseStatus.CONSENT_CONVERSATION : CourseStatus.ACTIVE;
	}

	private Timeline timeline(int number, CourseStatus status) {
		LocalDate started = this.evaluationStarts.get(number);
		if (started != null) {
			return evaluationTimeline(started, status);
		}
		int daysAgo = switch (status) {
			case REFERRED -> between(3, 25);
			case CONSENT_CONVERSATION -> between(20, 45);
			// The recent families, spread over the last two years: the latest whole year
			// always has an intake.
			case ACTIVE -> 75 + 55 * (number - (FAMILY_COUNT - RECENT_FAMILIES) - 1);
			case CLOSED -> between(520, 900);
		};
		LocalDate referredOn = latest(PROGRAMME_START, this.today.minusDays(daysAgo));
		if (status == CourseStatus.REFERRED) {
			return new Timeline(referredOn, null, null, null);
		}
		LocalDate conversationOn = earliest(referredOn.plusDays(between(5, 15)), this.today);
		if (status == CourseStatus.CONSENT_CONVERSATION) {
			return new Timeline(referredOn, conversationOn, null, null);
		}
		LocalDate activatedOn = earliest(conversationOn.plusDays(between(7, 20)), this.today);
		if (status == CourseStatus.ACTIVE) {
			return new Timeline(referredOn, conversationOn, activatedOn, null);
		}
		LocalDate closedOn = latest(activatedOn.plusDays(1),
				earliest(activatedOn.plusDays(between(300, 480)), this.today.minusDays(between(15, 60))));
		return new Timeline(referredOn, conversationOn, activatedOn, closedOn);
	}

	/**
	 * A course of the programme's first years: closed courses ended by the evaluation's
	 * end.
	 */
	private Timeline evaluationTimeline(LocalDate started, CourseStatus status) {
		LocalDate activatedOn = earliest(started, this.today);
		LocalDate conversationOn = activatedOn.minusDays(between(7, 20));
		LocalDate referredOn = latest(PROGRAMME_START, conversationOn.minusDays(between(5, 15)));
		if (status == CourseStatus.ACTIVE) {
			return new Timeline(referredOn, conversationOn, activatedOn, null);
		}
		LocalDate closedOn = earliest(activatedOn.plusDays(between(300, 480)),
				DemoEvaluation.END.minusDays(between(0, 60)));
		closedOn = earliest(latest(closedOn, activatedOn.plusDays(between(180, 240))), this.today.minusDays(1));
		return new Timeline(referredOn, conversationOn, activatedOn, latest(closedOn, activatedOn.plusDays(1)));
	}

	/**
	 * The family's caseworker from one pool; the first of each pool (SOF_CASEWORKER and
	 * BIF_JOB_CASEWORKER) serves only the tour's families.
	 */
	private Caseworkers caseworkers(List<String> pool, int number, Timeline timeline, double turnover) {
		String current = pool.get(1 + number % (pool.size() - 1));
		long days = ChronoUnit.DAYS.between(timeline.referredOn(), timeline.endOn(this.today));
		if (days <= 200 || !chance(turnover)) {
			return new Caseworkers(current, current, null);
		}
		String previous = pool.get(1 + (number + 3) % (pool.size() - 1));
		return new Caseworkers(previous, current, timeline.referredOn().plusDays(90 + between(0, (int) days - 150)));
	}

	private Course course(int number, Timeline timeline, Caseworkers sof, Caseworkers bif) {
		String referrer = chance(0.6) ? sof.on(timeline.referredOn()) : bif.on(timeline.referredOn());
		Course course = Course.referred(timeline.referredOn(), referrer);
		if (timeline.conversationOn() != null) {
			course = course.moveTo(CourseStatus.CONSENT_CONVERSATION, timeline.conversationOn(),
					sof.on(timeline.conversationOn()), null);
		}
		if (timeline.activatedOn() != null) {
			course = course.moveTo(CourseStatus.ACTIVE, timeline.activatedOn(), sof.on(timeline.activatedOn()), null);
		}
		if (timeline.closedOn() != null) {
			ClosingReason reason = (number == CLOSED_AFTER_WITHDRAWAL) ? this.content.course().withdrawal()
					: pick(this.content.course().closingReasons());
			String by = (reason.kind() == CourseClosingReason.CASE_CLOSED_BIF) ? bif.on(timeline.closedOn())
					: sof.on(timeline.closedOn());
			course = course.moveTo(CourseStatus.CLOSED, timeline.closedOn(), by, reason.text(), reason.kind());
		}
		return course;
	}

	/**
	 * The core team: the two statutory caseworkers always (kept on when the course
	 * closes, since their cases go on), the others by need from the start meeting until
	 * the course closes.
	 */
	private List<TeamMembership> coreTeam(int number, Timeline timeline, Caseworkers sof, Caseworkers bif,
			boolean leisure) {
		List<TeamMembership> team = new ArrayList<>();
		addCaseworkers(team, sof, timeline.referredOn());
		addCaseworkers(team, bif, timeline.referredOn());
		LocalDate start = timeline.activatedOn();
		if (start == null) {
			return team;
		}
		team.add(membership(HFI_REPRESENTATIVES.get(number % HFI_REPRESENTATIVES.size()),
				ProfessionalRole.HFI_REPRESENTATIVE, start, timeline.closedOn()));
		if (chance(0.45)) {
			team.add(joining(this.familyTherapists.get(number % 2), start, timeline));
		}
		if (chance(0.3)) {
			team.add(joining(DemoIds.BIF_MENTOR, start, timeline));
		}
		if (chance(0.25)) {
			team.add(joining(DemoIds.BUF_SCHOOL_SOCIAL_WORKER, start, timeline));
		}
		if (chance(0.3)) {
			team.add(joining(DemoIds.BUF_HEALTH_VISITOR, start, timeline));
		}
		if (leisure) {
			team.add(joining(DemoIds.KFF_BRIDGE_BUILDER, start, timeline));
		}
		return team;
	}

	private void addCaseworkers(List<TeamMembership> team, Caseworkers caseworkers, LocalDate since) {
		if (caseworkers.changedOn() == null) {
			team.add(membership(caseworkers.current(), null, since, null));
			return;
		}
		team.add(membership(caseworkers.first(), null, since, caseworkers.changedOn().minusDays(1)));
		team.add(membership(caseworkers.current(), null, caseworkers.changedOn(), null));
	}

	private TeamMembership joining(String professionalId, LocalDate start, Timeline timeline) {
		LocalDate since = earliest(start.plusDays(between(0, 60)), timeline.endOn(this.today));
		return membership(professionalId, null, since, timeline.closedOn());
	}

	/** A membership in the professional's own role unless another is given. */
	private TeamMembership membership(String professionalId, @Nullable ProfessionalRole role, LocalDate since,
			@Nullable LocalDate until) {
		Professional professional = Objects.requireNonNull(this.professionalsById.get(professionalId));
		return new TeamMembership(professionalId, professional.administration(),
				(role != null) ? role : professional.role(), since, until);
	}

	// Consents

	private List<ConsentVersion> consents(Family family) {
		Course course = family.course();
		LocalDate conversationOn = transitionOn(course, CourseStatus.CONSENT_CONVERSATION);
		if (conversationOn == null) {
			return List.of();
		}
		int number = facts(family.id()).number();
		String consentId = "con-" + pad(number);
		List<String> grantors = family.members().stream().filter(Member::custodyHolder).map(Member::id).toList();
		if (course.status() == CourseStatus.CONSENT_CONVERSATION) {
			return List.of(proposed(family, consentId, grantors, conversationOn));
		}
		boolean closed = course.status() == CourseStatus.CLOSED;
		int change = (!closed && chance(0.3)) ? between(1, 2) : 0;
		ConsentVersion first = signed(family, consentId, grantors, conversationOn, change);
		List<ConsentVersion> versions = new ArrayList<>(List.of(first));
		laterVersion(family, first, grantors, change).ifPresent(versions::add);
		renewal(family, versions.get(versions.size() - 1), grantors).ifPresent(versions::add);
		ConsentVersion current = versions.get(versions.size() - 1);
		if (course.status() == CourseStatus.ACTIVE && current.state() == ConsentState.ACTIVE
				&& !current.period().hasEndedBefore(this.today)) {
			versions.addAll(youthConsents(family, current));
		}
		return versions;
	}

	/**
	 * In the consent conversation: one family said yes and the signed document is still
	 * to come (no access yet); the others have a draft, naming the day and the way it is
	 * to be signed, as the API asks.
	 */
	private ConsentVersion proposed(Family family, String consentId, List<String> grantors, LocalDate on) {
		boolean oral = !this.oralConsentNoted;
		this.oralConsentNoted = true;
		Provision proposed = new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, List.of());
		return new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, oral ? ConsentState.ACTIVE : ConsentState.DRAFT, grantors,
				coveredOn(family, grantors, on), List.of(proposed), new Period(on, on.plusYears(2).minusDays(1)), on,
				oral ? SignatureMethod.ORAL_NOTED : SignatureMethod.WRITTEN, null, null, instant(on),
				caseworkerOn(family, on));
	}

	/**
	 * The consent signed in the conversation: the shared categories for two years, some
	 * with an exception.
	 */
	private ConsentVersion signed(Family family, String consentId, List<String> grantors, LocalDate signedOn,
			int change) {
		Provision provision = new Provision((change == 2) ? List.of(SOF, BIF, BUF, SUF) : ALL_ADMINISTRATIONS,
				SHARED_CATEGORIES, chance(0.2) ? List.of(exception(family)) : List.of());
		Period period = new Period(signedOn, signedOn.plusYears(2).minusDays(1));
		SignatureMethod method = pickSignatureMethod();
		String documentReference = String.format("SBSYS-%d-%04d", signedOn.getYear(), between(100, 9999));
		return new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, ConsentState.ACTIVE, grantors, coveredOn(family, grantors, signedOn),
				List.of(provision), period, signedOn, method, documentReference, null, instant(signedOn),
				caseworkerOn(family, signedOn));
	}

	/**
	 * What became of the signed consent: withdrawn (by one family on closing), ended with
	 * the course, or changed (an exception added, or KFF added as recipient).
	 */
	private Optional<ConsentVersion> laterVersion(Family family, ConsentVersion first, List<String> grantors,
			int change) {
		int number = facts(family.id()).number();
		Course course = family.course();
		Provision provision = first.provisions().get(0);
		if (course.status() == CourseStatus.CLOSED && number == CLOSED_AFTER_WITHDRAWAL) {
			return Optional.of(withdrawn(first, family, Objects.requireNonNull(course.closedOn()),
					this.content.consents().withdrawnOnClosing()));
		}
		if (course.status() == CourseStatus.CLOSED) {
			// As closeCourse does: the consent ends with the course, in a version saying
			// so.
			LocalDate closedOn = Objects.requireNonNull(course.closedOn());
			return Optional.of(next(first, ConsentState.ENDED, provision, new Period(first.period().from(), closedOn),
					null, instant(closedOn), caseworkerOn(family, closedOn), first.subjectIds())
				.withEndReason(ConsentVersion.COURSE_CLOSED));
		}
		if (change > 0) {
			LocalDate signedOn = Objects.requireNonNull(first.signedOn());
			LocalDate changedOn = latest(signedOn, earliest(signedOn.plusDays(between(60, 200)), this.today));
			Provision changed = (change == 2)
					? new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, provision.exceptions())
					: withException(provision, new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF),
							List.of(DemoIds.memberId(family.id(), 1))));
			return Optional.of(next(first, ConsentState.ACTIVE, changed, first.period(), null, instant(changedOn),
					caseworkerOn(family, changedOn), coveredOn(family, grantors, changedOn)));
		}
		return Optional.empty();
	}

	/**
	 * A course still going on renews a lapsed consent for two more years, every two
	 * years.
	 */
	private Optional<ConsentVersion> renewal(Family family, ConsentVersion last, List<String> grantors) {
		if (family.course().status() != CourseStatus.ACTIVE || last.state() != ConsentState.ACTIVE
				|| !last.period().hasEndedBefore(this.today)) {
			return Optional.empty();
		}
		LocalDate renewedOn = Objects.requireNonNull(last.period().to()).plusDays(1);
		while (!renewedOn.plusYears(2).isAfter(this.today)) {
			renewedOn = renewedOn.plusYears(2);
		}
		return Optional.of(next(last, ConsentState.ACTIVE, last.provisions().get(0),
				new Period(renewedOn, renewedOn.plusYears(2).minusDays(1)), null, instant(renewedOn),
				caseworkerOn(family, renewedOn), coveredOn(family, grantors, renewedOn)));
	}

	/**
	 * Whom the custody holders' consent covers on the day: themselves and the members
	 * under 15; anyone older consents for themselves.
	 */
	private static List<String> coveredOn(Family family, List<String> grantors, LocalDate day) {
		return family.members()
			.stream()
			.filter((member) -> grantors.contains(member.id()) || age(member, day) < 15)
			.map(Member::id)
			.toList();
	}

	/** A young person aged 15 or more consents to the sharing of their own data. */
	private List<ConsentVersion> youthConsents(Family family, ConsentVersion familyConsent) {
		List<ConsentVersion> consents = new ArrayList<>();
		for (Member member : family.members()) {
			int age = age(member, this.today);
			if (member.role() != FamilyRole.CHILD || age < 15 || age >= 18) {
				continue;
			}
			String consentId = familyConsent.consentId() + "-"
					+ member.id().substring(member.id().lastIndexOf('-') + 1);
			LocalDate signedOn = latest(Objects.requireNonNull(familyConsent.signedOn()),
					Objects.requireNonNull(member.birthDate()).plusYears(15));
			List<ProvisionDenial> exceptions = chance(0.4)
					? List.of(new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF), List.of())) : List.of();
			consents.add(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
					ConsentPurpose.HFI, ConsentState.ACTIVE, List.of(member.id()), List.of(member.id()),
					List.of(new Provision(ALL_ADMINISTRATIONS, SHARED_CATEGORIES, exceptions)),
					new Period(signedOn, familyConsent.period().to()), signedOn, SignatureMethod.MITID,
					String.format("SBSYS-%d-%04d", signedOn.getYear(), between(100, 9999)), null, instant(signedOn),
					caseworkerOn(family, signedOn)));
		}
		return consents;
	}

	private ProvisionDenial exception(Family family) {
		String mother = DemoIds.memberId(family.id(), 1);
		return switch (between(1, 4)) {
			case 1 -> new ProvisionDenial(List.of(DataCategory.HEALTH), List.of(BIF), List.of(mother));
			case 2 -> new ProvisionDenial(List.of(DataCategory.FINANCE), List.of(KFF, BUF), List.of());
			case 3 -> new ProvisionDenial(List.of(DataCategory.SOCIAL_CASE_ADULT), List.of(BUF), List.of(mother));
			default -> new ProvisionDenial(List.of(DataCategory.SCHOOL), List.of(BIF), List.of());
		};
	}

	private static Provision withException(Provision provision, ProvisionDenial exception) {
		List<ProvisionDenial> exceptions = new ArrayList<>(provision.exceptions());
		exceptions.add(exception);
		return new Provision(provision.recipients(), provision.categories(), exceptions);
	}

	private ConsentVersion withdrawn(ConsentVersion previous, Family family, LocalDate on, String note) {
		Instant at = instant(on);
		String by = caseworkerOn(family, on);
		return next(previous, ConsentState.WITHDRAWN, previous.provisions().get(0), previous.period(),
				new Withdrawal(at, by, note), at, by, previous.subjectIds());
	}

	private static ConsentVersion next(ConsentVersion previous, ConsentState state, Provision provision, Period period,
			@Nullable Withdrawal withdrawal, Instant recordedAt, String recordedBy, List<String> subjects) {
		int version = previous.version() + 1;
		return new ConsentVersion(ConsentVersion.documentId(previous.consentId(), version), previous.consentId(),
				version, previous.familyId(), previous.purpose(), state, previous.grantorIds(), subjects,
				List.of(provision), period, previous.signedOn(), previous.signatureMethod(),
				previous.documentReference(), withdrawal, recordedAt, recordedBy);
	}

	private SignatureMethod pickSignatureMethod() {
		double roll = this.random.nextDouble();
		if (roll < 0.5) {
			return SignatureMethod.WRITTEN;
		}
		// An oral consent gives no access until its evidence is registered: the active
		// courses' consents are signed.
		return (roll < 0.85) ? SignatureMethod.MITID : SignatureMethod.WRITTEN;
	}

	// Measures

	private List<Measure> measures(Family family) {
		Facts facts = facts(family.id());
		Course course = family.course();
		List<Measure> measures = new ArrayList<>();
		Member mother = mother(family);
		for (Member child : minors(family)) {
			socialMeasures(family, child, course, measures);
		}
		if (chance(0.2)) {
			// A support contact person for the mother: the adults' social measures (0.2
			// per adult).
			add(measures, family, mother, MeasureKind.OTHER, existingPeriod(course, mother),
					roundTo(between(25_000, 70_000), 500), null);
		}
		for (Member parent : parentsInHousehold(family)) {
			employmentMeasures(family, parent, course, measures);
		}
		if (course.activatedOn() != null) {
			healthMeasures(family, course, measures);
			if (facts.leisure()) {
				leisureMeasures(family, course, measures);
			}
		}
		return measures;
	}

	/** About 1.3 social measures per child; placements are rare but expensive. */
	private void socialMeasures(Family family, Member child, Course course, List<Measure> measures) {
		if (!child.livesInHousehold()) {
			Period period = new Period(course.referredOn().minusDays(between(60, 700)), null);
			add(measures, family, child, MeasureKind.PLACEMENT, period, roundTo(between(300_000, 900_000), 1000), null);
			return;
		}
		double roll = this.random.nextDouble();
		if (roll < 0.15) {
			return;
		}
		boolean both = roll >= 0.55;
		boolean familyTreatment = both || chance(0.65);
		if (familyTreatment) {
			add(measures, family, child, MeasureKind.FAMILY_TREATMENT, existingPeriod(course, child),
					roundTo(between(60_000, 150_000), 500), null);
		}
		if (both || !familyTreatment) {
			add(measures, family, child, MeasureKind.CONTACT_PERSON, existingPeriod(course, child),
					roundTo(between(20_000, 90_000), 500), null);
		}
	}

	private void employmentMeasures(Family family, Member parent, Course course, List<Measure> measures) {
		if (chance(0.35)) {
			add(measures, family, parent, MeasureKind.MENTOR, existingPeriod(course, parent),
					roundTo(between(24_000, 60_000), 500), null);
		}
		if (course.activatedOn() == null) {
			return;
		}
		if (chance(0.34)) {
			add(measures, family, parent, MeasureKind.INTERNSHIP, coursePeriod(course, 0.7, 60, 180), null, null);
		}
		if (chance(0.12)) {
			add(measures, family, parent, MeasureKind.RESOURCE_COURSE, coursePeriod(course, 0.2, 180, 365), null, null);
		}
		if (chance(0.05)) {
			add(measures, family, parent, MeasureKind.EDUCATION, coursePeriod(course, 0.1, 180, 365), null, null);
		}
	}

	private void healthMeasures(Family family, Course course, List<Measure> measures) {
		Member mother = mother(family);
		if (chance(0.3)) {
			add(measures, family, mother, MeasureKind.HEALTH_CONVERSATION, coursePeriod(course, 0.7, 30, 120), null,
					null);
		}
		if (chance(0.25)) {
			add(measures, family, mother, MeasureKind.PHYSIOTHERAPY, coursePeriod(course, 0.6, 60, 180),
					roundTo(between(4_000, 12_000), 100), null);
		}
		for (Member parent : parentsInHousehold(family)) {
			if (chance(parent.role() == FamilyRole.MOTHER ? 0.08 : 0.15)) {
				add(measures, family, parent, MeasureKind.ALCOHOL_TREATMENT, coursePeriod(course, 0.5, 90, 240),
						roundTo(between(30_000, 60_000), 500), null);
			}
		}
		for (Member child : minors(family)) {
			if (child.livesInHousehold() && chance(0.08)) {
				add(measures, family, child, MeasureKind.HEALTH_CONVERSATION, coursePeriod(course, 0.8, 30, 90), null,
						null);
			}
		}
	}

	/**
	 * KFF bridges children (and some mothers) into leisure life: trial lessons, fees and
	 * equipment.
	 */
	private void leisureMeasures(Family family, Course course, List<Measure> measures) {
		int before = measures.size();
		for (Member child : minors(family)) {
			int age = age(child, this.today);
			if (child.livesInHousehold() && age >= 4 && chance(0.75)) {
				bridge(family, child, course, true, measures);
			}
		}
		if (chance(0.35)) {
			bridge(family, mother(family), course, false, measures);
		}
		if (measures.size() == before) {
			bridge(family, mother(family), course, false, measures);
		}
	}

	private void bridge(Family family, Member member, Course course, boolean child, List<Measure> measures) {
		Activity activity = pick(child ? this.content.leisure().children() : this.content.leisure().adults());
		LocalDate lastDay = (course.closedOn() != null) ? course.closedOn() : this.today.minusDays(7);
		LocalDate activatedOn = activatedOn(course);
		LocalDate from = latest(activatedOn, earliest(activatedOn.plusDays(between(20, 200)), lastDay));
		boolean bridged = chance(0.8);
		boolean retained = bridged && chance(child ? 0.72 : 0.65);
		int paid = bridged ? roundTo(between(800, 3_500), 50) : roundTo(between(0, 400), 50);
		LocalDate to = null;
		LocalDate checkedOn;
		if (retained) {
			checkedOn = latest(from,
					(course.closedOn() != null) ? course.closedOn() : this.today.minusDays(between(0, 45)));
		}
		else {
			to = latest(from,
					earliest(from.plusDays(bridged ? between(60, 240) : between(14, 40)), this.today.minusDays(1)));
			checkedOn = to;
		}
		LeisureBridging leisure = new LeisureBridging(activity.activity(), activity.provider(), between(1, 4), paid,
				retained, checkedOn);
		add(measures, family, member, MeasureKind.LEISURE_BRIDGING, new Period(from, to), null, leisure);
	}

	private void add(List<Measure> measures, Family family, Member member, MeasureKind kind, Period period,
			@Nullable Integer yearlyCostDkk, @Nullable LeisureBridging leisure) {
		String id = String.format("mea-%s-%02d", family.id().substring(4), measures.size() + 1);
		measures.add(new Measure(id, null, family.id(), member.id(), kind, kind.owner(), kind.typicalLegalBasis(),
				period, statusOf(period), yearlyCostDkk, leisure));
	}

	/**
	 * A measure usually begun before the family came to HFI (not before the member's
	 * birth), sometimes ended.
	 */
	private Period existingPeriod(Course course, Member member) {
		LocalDate from = latest(Objects.requireNonNull(member.birthDate()),
				course.referredOn().minusDays(between(30, 500)));
		LocalDate to = chance(0.4) ? from.plusDays(between(180, 540)) : null;
		return new Period(from, to);
	}

	/**
	 * A measure started during the course; with {@code endShare} chance it has a planned
	 * end.
	 */
	private Period coursePeriod(Course course, double endShare, int minDays, int maxDays) {
		LocalDate lastStart = (course.closedOn() != null) ? course.closedOn() : this.today.plusDays(30);
		LocalDate from = earliest(activatedOn(course).plusDays(between(14, 200)), lastStart);
		LocalDate to = chance(endShare) ? from.plusDays(between(minDays, maxDays)) : null;
		if (course.closedOn() != null && (to == null || to.isAfter(course.closedOn()))) {
			to = latest(from, course.closedOn());
		}
		return new Period(from, to);
	}

	private MeasureStatus statusOf(Period period) {
		if (period.from().isAfter(this.today)) {
			return MeasureStatus.PLANNED;
		}
		return period.hasEndedBefore(this.today) ? MeasureStatus.ENDED : MeasureStatus.ACTIVE;
	}

	// Meetings

	private List<Meeting> meetings(Family family) {
		Course course = family.course();
		LocalDate activatedOn = course.activatedOn();
		if (activatedOn == null) {
			return List.of();
		}
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : this.today;
		List<Meeting> meetings = new ArrayList<>();
		List<String> startProfessionals = new ArrayList<>(teamOn(family, activatedOn));
		if (!startProfessionals.contains(DemoIds.SUPPORT_COORDINATOR)) {
			startProfessionals.add(DemoIds.SUPPORT_COORDINATOR);
		}
		meetings.add(meeting(family, MeetingKind.START, activatedOn, startProfessionals, attendees(family), null,
				decisions(family, "START")));
		LocalDate next = regularMeetings(family, activatedOn, end, meetings);
		meetings.addAll(handovers(family, end));
		if (course.closedOn() != null) {
			meetings.add(meeting(family, MeetingKind.CLOSING, course.closedOn(), teamOn(family, course.closedOn()),
					attendees(family), 0, decisions(family, "CLOSING")));
		}
		else {
			// The next core-team meeting, not held yet.
			meetings.add(meeting(family, MeetingKind.CORE_TEAM, next, teamOn(family, this.today), attendees(family), 0,
					List.of()));
		}
		return numbered(family, meetings);
	}

	/**
	 * The core team meets every six to ten weeks the first year, then every six to nine
	 * months, every third time to follow up; the support team meets in between the first
	 * year. Returns the day of the next core-team meeting.
	 */
	private LocalDate regularMeetings(Family family, LocalDate activatedOn, LocalDate end, List<Meeting> meetings) {
		LocalDate date = activatedOn.plusDays(between(18, 28));
		LocalDate nextSupportMeeting = activatedOn.plusDays(between(90, 130));
		for (int i = 0; date.isBefore(end); i++) {
			while (nextSupportMeeting.isBefore(date)) {
				meetings.add(meeting(family, MeetingKind.SUPPORT_TEAM, nextSupportMeeting,
						supportTeamOn(family, nextSupportMeeting), List.of(), 0, decisions(family, "SUPPORT_TEAM")));
				// The support team follows the course closely the first year, then only
				// when asked (a handover).
				nextSupportMeeting = nextSupportMeeting.plusDays(between(100, 160));
				if (nextSupportMeeting.isAfter(activatedOn.plusYears(1))) {
					nextSupportMeeting = LocalDate.MAX;
				}
			}
			MeetingKind kind = (i % 3 == 2) ? MeetingKind.FOLLOW_UP : MeetingKind.CORE_TEAM;
			meetings.add(meeting(family, kind, date, teamOn(family, date), attendees(family), 0,
					decisions(family, kind.name())));
			boolean firstYear = date.isBefore(activatedOn.plusYears(1));
			date = date.plusDays(firstYear ? between(42, 70) : between(180, 270));
		}
		return date;
	}

	/** The support team hands a case over a few days after its caseworker left. */
	private List<Meeting> handovers(Family family, LocalDate end) {
		List<Meeting> handovers = new ArrayList<>();
		for (TeamMembership ended : family.coreTeam()) {
			LocalDate handoverOn = (ended.until() != null) ? ended.until().plusDays(between(3, 10)) : null;
			if (handoverOn != null && handoverOn.isBefore(end) && isCaseworker(ended.role())) {
				String newcomer = (ended.role() == ProfessionalRole.JOB_CASEWORKER) ? "jobrådgiver"
						: "børne- og ungerådgiver";
				handovers.add(meeting(family, MeetingKind.SUPPORT_TEAM, handoverOn, supportTeamOn(family, handoverOn),
						List.of(), 0,
						this.content.decisions("handover")
							.stream()
							.map((text) -> text.replace("{rådgiver}", newcomer))
							.toList()));
			}
		}
		return handovers;
	}

	/** The meetings in date order, numbered per family. */
	private static List<Meeting> numbered(Family family, List<Meeting> meetings) {
		List<Meeting> sorted = new ArrayList<>(meetings);
		sorted.sort(Comparator.comparing(Meeting::date));
		List<Meeting> numbered = new ArrayList<>();
		for (Meeting meeting : sorted) {
			String id = String.format("mtg-%s-%02d", family.id().substring(4), numbered.size() + 1);
			numbered.add(new Meeting(id, null, meeting.familyId(), meeting.kind(), meeting.date(),
					meeting.professionalIds(), meeting.memberIds(), meeting.planVersion(), meeting.decisions()));
		}
		return numbered;
	}

	private static boolean isCaseworker(ProfessionalRole role) {
		return role == ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER || role == ProfessionalRole.JOB_CASEWORKER;
	}

	/**
	 * A meeting without id yet. The plan version is 0 (the version a freshly stored plan
	 * gets) once the plan exists, and null at the start meeting.
	 */
	private static Meeting meeting(Family family, MeetingKind kind, LocalDate date, List<String> professionalIds,
			List<String> memberIds, @Nullable Integer planVersion, List<String> decisions) {
		return new Meeting(null, null, family.id(), kind, date, professionalIds, memberIds, planVersion, decisions);
	}

	/**
	 * The mother always; a father in the household always, one elsewhere sometimes; older
	 * children sometimes.
	 */
	private List<String> attendees(Family family) {
		List<String> attendees = new ArrayList<>();
		for (Member member : family.members()) {
			boolean attends = switch (member.role()) {
				case MOTHER -> true;
				case FATHER, STEP_PARENT -> member.livesInHousehold() || chance(0.25);
				case CHILD -> member.livesInHousehold() && age(member, this.today) >= 12 && chance(0.3);
				default -> false;
			};
			if (attends) {
				attendees.add(member.id());
			}
		}
		return attendees;
	}

	private List<String> teamOn(Family family, LocalDate day) {
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.isActiveOn(day))
			.map(TeamMembership::professionalId)
			.distinct()
			.toList();
	}

	private List<String> supportTeamOn(Family family, LocalDate day) {
		List<String> professionals = new ArrayList<>(List.of(DemoIds.SUPPORT_COORDINATOR, DemoIds.BIF_CONSULTANT));
		professionals.add(pick(List.of(DemoIds.BUF_PSYCHOLOGIST, DemoIds.KFF_BRIDGE_BUILDER,
				DemoIds.SUF_PHYSIOTHERAPIST, DemoIds.SOF_SPECIALIST)));
		professionals.add(caseworkerOn(family, day));
		return professionals.stream().distinct().toList();
	}

	private List<String> decisions(Family family, String kind) {
		String child = pick(minors(family)).firstName();
		return picks(this.content.decisions(kind), between(2, 3)).stream()
			.map((text) -> text.replace("{barn}", child))
			.toList();
	}

	// Plans

	private Optional<Plan> plan(Family family, List<Meeting> meetings) {
		Course course = family.course();
		if (course.activatedOn() == null) {
			return Optional.empty();
		}
		Facts facts = facts(family.id());
		String planId = "plan-" + pad(facts.number());
		Member mother = mother(family);
		LocalDate lastMeeting = meetings.stream()
			.map(Meeting::date)
			.filter((date) -> !date.isAfter(this.today))
			.max(Comparator.naturalOrder())
			.orElse(course.activatedOn());
		List<Theme> themes = themes(planId, mother, minors(family));
		Member child = pick(minors(family));
		List<Goal> goals = goals(planId, course, facts, mother, child);
		List<PlanAction> actions = new ArrayList<>();
		for (Goal goal : goals) {
			actions.add(professionalAction(family, planId, actions.size() + 1, goal, child, course));
			if (chance(0.5)) {
				actions.add(memberAction(planId, actions.size() + 1, goal, mother, child, course));
			}
		}
		return Optional.of(new Plan(planId, null, family.id(), themes, goals, actions, voices(family, course),
				instant(lastMeeting), caseworkerOn(family, lastMeeting)));
	}

	/** Two priorities, one or two of the mother's burdens, and one or two children's. */
	private List<Theme> themes(String planId, Member mother, List<Member> minors) {
		List<Theme> themes = new ArrayList<>();
		for (String text : picks(this.content.plan().priorities(), 2)) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.PRIORITY, null, text));
		}
		for (String text : picks(this.content.plan().parentBurdens(), between(1, 2))) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.PARENT_BURDEN, mother.id(), text));
		}
		for (Member child : picks(minors, Math.min(minors.size(), between(1, 2)))) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.CHILD_BURDEN, child.id(),
					pick(this.content.plan().childBurdens())));
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.CHILD_STRESS_REACTION, child.id(),
					pick(this.content.plan().childStressReactions())));
		}
		return themes;
	}

	/** SOF's, BIF's and BUF's goals always; KFF's with leisure; SUF's for half. */
	private List<Goal> goals(String planId, Course course, Facts facts, Member mother, Member child) {
		List<Goal> goals = new ArrayList<>();
		addGoal(goals, planId, course, mother, SOF, text(goalTexts(SOF), child));
		addGoal(goals, planId, course, mother, BIF, text(goalTexts(BIF), child));
		addGoal(goals, planId, course, child, BUF, text(goalTexts(BUF), child));
		if (facts.leisure()) {
			addGoal(goals, planId, course, child, KFF, text(goalTexts(KFF), child));
		}
		if (chance(0.5)) {
			addGoal(goals, planId, course, mother, SUF, text(goalTexts(SUF), child));
		}
		return goals;
	}

	/** Most mothers are heard, some fathers, and a third of the children from ten. */
	private List<Voice> voices(Family family, Course course) {
		LocalDate activatedOn = Objects.requireNonNull(course.activatedOn());
		List<Voice> voices = new ArrayList<>();
		for (Member member : family.members()) {
			double share = switch (member.role()) {
				case MOTHER -> 0.95;
				case FATHER, STEP_PARENT -> 0.15;
				case CHILD -> (age(member, this.today) >= 10) ? 0.3 : 0.0;
				default -> 0.0;
			};
			if (chance(share)) {
				Voices voiceTexts = this.content.plan().voices();
				List<String> said = switch (member.role()) {
					case MOTHER -> voiceTexts.mother();
					case CHILD -> voiceTexts.child();
					default -> voiceTexts.father();
				};
				voices.add(
						new Voice(member.id(), pick(said), earliest(activatedOn.plusDays(between(0, 30)), this.today)));
			}
		}
		return voices;
	}

	private void addGoal(List<Goal> goals, String planId, Course course, Member member, Administration administration,
			String text) {
		long days = ChronoUnit.DAYS.between(course.activatedOn(),
				(course.closedOn() != null) ? course.closedOn() : this.today);
		GoalStatus status;
		double roll = this.random.nextDouble();
		if (course.closedOn() != null) {
			status = (roll < 0.6) ? GoalStatus.REACHED : (roll < 0.75) ? GoalStatus.DROPPED : GoalStatus.IN_PROGRESS;
		}
		else if (days > 300) {
			status = (roll < 0.35) ? GoalStatus.REACHED
					: (roll < 0.9) ? GoalStatus.IN_PROGRESS : GoalStatus.NOT_STARTED;
		}
		else {
			status = (roll < 0.6) ? GoalStatus.IN_PROGRESS : GoalStatus.NOT_STARTED;
		}
		goals.add(new Goal(planId + "-g" + (goals.size() + 1), text, member.id(), administration, status));
	}

	private PlanAction professionalAction(Family family, String planId, int n, Goal goal, Member child, Course course) {
		Administration administration = goal.administrationGoal();
		LocalDate due = activatedOn(course).plusDays(between(30, 300));
		Professional professional = Objects
			.requireNonNull(this.professionalsById.get(responsible(family, administration, due)));
		List<Principle> principles = new ArrayList<>(List.of(switch (administration) {
			case SOF -> Principle.COHERENCE;
			case BIF -> Principle.KNOWLEDGE;
			case BUF -> Principle.WHOLENESS;
			case KFF -> Principle.FAMILY;
			case SUF -> Principle.CONTACT;
		}));
		Principle extra = pick(List.of(Principle.values()));
		if (!principles.contains(extra)) {
			principles.add(extra);
		}
		return new PlanAction(planId + "-a" + n, goal.id(), description(professional, child.firstName()),
				professional.id(), null, administration, due, actionStatus(due), principles);
	}

	/** What the professional does, in the words of the action minutes. */
	private String description(Professional professional, String child) {
		String role = (professional.role() == ProfessionalRole.SPECIALIST && professional.administration() == SUF)
				? "SUF_SPECIALIST" : professional.role().name();
		List<String> texts = this.content.plan().professionalActions().get(role);
		return (texts != null) ? text(texts, child) : professional.title() + " følger op på målet";
	}

	private List<String> goalTexts(Administration administration) {
		return Objects.requireNonNull(this.content.plan().goals().get(administration));
	}

	/**
	 * One of the texts (drawn only if there are several), with the child's name for
	 * {barn}.
	 */
	private String text(List<String> texts, Member child) {
		return text(texts, child.firstName());
	}

	private String text(List<String> texts, String child) {
		String text = (texts.size() == 1) ? texts.get(0) : pick(texts);
		return text.replace("{barn}", child);
	}

	private PlanAction memberAction(String planId, int n, Goal goal, Member mother, Member child, Course course) {
		boolean byChild = goal.administrationGoal() == BUF || goal.administrationGoal() == KFF;
		String description = text(byChild ? this.content.plan().childActions() : this.content.plan().motherActions(),
				child);
		LocalDate due = activatedOn(course).plusDays(between(30, 300));
		return new PlanAction(planId + "-a" + n, goal.id(), description, null, byChild ? child.id() : mother.id(), null,
				due, actionStatus(due), List.of(Principle.FAMILY));
	}

	/**
	 * The team member of the administration on the due date, else its support-team
	 * representative.
	 */
	private String responsible(Family family, Administration administration, LocalDate due) {
		LocalDate day = earliest(due, this.today);
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.administration() == administration && membership.isActiveOn(day)
					&& membership.role() != ProfessionalRole.HFI_REPRESENTATIVE)
			.map(TeamMembership::professionalId)
			.findFirst()
			.orElseGet(() -> switch (administration) {
				case SOF -> DemoIds.SUPPORT_COORDINATOR;
				case BIF -> DemoIds.BIF_CONSULTANT;
				case BUF -> DemoIds.BUF_PSYCHOLOGIST;
				case SUF -> pick(List.of(DemoIds.SUF_PHYSIOTHERAPIST, DemoIds.SUF_HEALTH_NURSE));
				case KFF -> DemoIds.KFF_BRIDGE_BUILDER;
			});
	}

	private ActionStatus actionStatus(LocalDate due) {
		double roll = this.random.nextDouble();
		if (due.isBefore(this.today)) {
			return (roll < 0.7) ? ActionStatus.DONE : (roll < 0.9) ? ActionStatus.IN_PROGRESS : ActionStatus.CANCELLED;
		}
		return (roll < 0.5) ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS;
	}

	// Assessments

	/**
	 * Baseline for 37 families and closing for 28, with degrees drawn so that the shares
	 * match the evaluation's figures (parents' burdens, children's burdens and stress
	 * reactions at start and end).
	 */
	private List<Assessment> assessments(List<Family> families) {
		List<Family> baselineFamilies = baselineFamilies(families);
		Map<String, LocalDate> baselineDates = new LinkedHashMap<>();
		List<Member> parents = new ArrayList<>();
		List<Member> children = new ArrayList<>();
		for (Family family : baselineFamilies) {
			LocalDate date = earliest(activatedOn(family.course()).plusDays(between(0, 14)), this.today);
			baselineDates.put(family.id(), date);
			parents.addAll(parentsInHousehold(family));
			children.addAll(minors(family).stream()
				.filter((child) -> child.livesInHousehold() && age(child, date) >= 4)
				.toList());
		}
		Map<String, EnumMap<AssessmentItem, Degree>> baseline = new LinkedHashMap<>();
		parents.forEach((member) -> baseline.put(member.id(), new EnumMap<>(AssessmentItem.class)));
		children.forEach((member) -> baseline.put(member.id(), new EnumMap<>(AssessmentItem.class)));
		// The shares hold within the evaluation's population (the reports over its
		// intake) and apart from it.
		for (boolean evaluated : List.of(true, false)) {
			scoreParents(inEvaluation(parents, evaluated), baseline);
			scoreChildren(inEvaluation(children, evaluated), baseline);
		}
		Map<String, EnumMap<AssessmentItem, Degree>> closing = closing(baselineFamilies, baseline);
		for (boolean evaluated : List.of(true, false)) {
			improve(inEvaluation(parents, evaluated), inEvaluation(children, evaluated), closing);
		}
		List<Assessment> assessments = new ArrayList<>();
		for (Family family : baselineFamilies) {
			LocalDate baselineDate = Objects.requireNonNull(baselineDates.get(family.id()));
			LocalDate closingDate = (family.course().closedOn() != null) ? family.course().closedOn()
					: latest(activatedOn(family.course()).plusDays(250), this.today.minusDays(between(5, 60)));
			for (Member member : family.members()) {
				EnumMap<AssessmentItem, Degree> scores = baseline.get(member.id());
				if (scores != null) {
					assessments.add(assessment(member, AssessmentKind.BASELINE, baselineDate, scores));
				}
				EnumMap<AssessmentItem, Degree> closingScores = closing.get(member.id());
				if (closingScores != null) {
					assessments.add(assessment(member, AssessmentKind.CLOSING, closingDate, closingScores));
				}
			}
		}
		return assessments;
	}

	/**
	 * 37 families have a baseline, as in the evaluation: the tour's and the recent ones,
	 * the rest from the evaluation.
	 */
	private List<Family> baselineFamilies(List<Family> families) {
		List<Family> started = families.stream().filter((family) -> family.course().activatedOn() != null).toList();
		List<String> withoutBaseline = picks(started.stream()
			.filter((family) -> this.evaluationStarts.containsKey(facts(family.id()).number()))
			.map(Family::id)
			.toList(), Math.max(0, started.size() - 37));
		return started.stream().filter((family) -> !withoutBaseline.contains(family.id())).toList();
	}

	/**
	 * The baseline scores, copied, of the 28 families assessed again at the end: the
	 * closed ones first, then the longest active.
	 */
	private Map<String, EnumMap<AssessmentItem, Degree>> closing(List<Family> baselineFamilies,
			Map<String, EnumMap<AssessmentItem, Degree>> baseline) {
		Set<String> closingFamilyIds = baselineFamilies.stream()
			.filter((family) -> family.course().closedOn() != null
					|| activatedOn(family.course()).isBefore(this.today.minusDays(300)))
			.sorted(Comparator.comparing((Family family) -> family.course().closedOn() == null)
				.thenComparing((family) -> family.course().activatedOn()))
			.limit(28)
			.map(Family::id)
			.collect(Collectors.toSet());
		Map<String, EnumMap<AssessmentItem, Degree>> closing = new LinkedHashMap<>();
		baseline.forEach((memberId, scores) -> {
			if (closingFamilyIds.contains(memberId.substring(0, memberId.lastIndexOf('-')))) {
				closing.put(memberId, new EnumMap<>(scores));
			}
		});
		return closing;
	}

	private List<Member> inEvaluation(List<Member> members, boolean evaluated) {
		return members.stream()
			.filter((member) -> this.evaluationStarts.containsKey(facts(member.familyId()).number()) == evaluated)
			.toList();
	}

	private void scoreParents(List<Member> parents, Map<String, EnumMap<AssessmentItem, Degree>> scores) {
		List<EnumMap<AssessmentItem, Degree>> all = parents.stream().map((member) -> scores.get(member.id())).toList();
		quota(all, AssessmentItem.MENTAL_DIFFICULTIES, 0.40, 0.37, true);
		quota(all, AssessmentItem.LIMITED_NETWORK, 0.40, 0.35, true);
		quota(all, AssessmentItem.PHYSICAL_DIFFICULTIES, 0.30, 0.35, true);
		quota(all, AssessmentItem.CONFLICT_WITH_PARTNER, 0.30, 0.28, true);
		quota(all, AssessmentItem.OUT_OF_LABOUR_MARKET, 0.45, 0.12, true);
		quota(all, AssessmentItem.DEBT, 0.22, 0.20, true);
		quota(all, AssessmentItem.CONFLICTS_WITH_CHILDREN, 0.15, 0.25, true);
		// Limited Danish: parents of the families with international names first.
		List<EnumMap<AssessmentItem, Degree>> international = new ArrayList<>();
		List<EnumMap<AssessmentItem, Degree>> others = new ArrayList<>();
		for (Member parent : parents) {
			(facts(parent.familyId()).international() ? international : others).add(scores.get(parent.id()));
		}
		Collections.shuffle(international, this.random);
		Collections.shuffle(others, this.random);
		List<EnumMap<AssessmentItem, Degree>> ordered = new ArrayList<>(international);
		ordered.addAll(others);
		quota(ordered, AssessmentItem.LIMITED_DANISH, 0.20, 0.15, false);
	}

	private void scoreChildren(List<Member> children, Map<String, EnumMap<AssessmentItem, Degree>> scores) {
		List<EnumMap<AssessmentItem, Degree>> all = children.stream().map((member) -> scores.get(member.id())).toList();
		quota(all, AssessmentItem.HIGH_PARENTAL_CONFLICT, 0.38, 0.33, true);
		quota(all, AssessmentItem.CAREGIVER_TRAUMA, 0.36, 0.35, true);
		quota(all, AssessmentItem.WITNESSED_VIOLENCE, 0.30, 0.34, true);
		quota(all, AssessmentItem.PSYCHOLOGICAL_NEGLECT, 0.22, 0.28, true);
		quota(all, AssessmentItem.PARENTAL_SUBSTANCE_ABUSE, 0.17, 0.22, true);
		quota(all, AssessmentItem.CONCENTRATION, 0.25, 0.28, true);
		quota(all, AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, 0.36, 0.25, true);
		quota(all, AssessmentItem.INTROVERTED_BEHAVIOUR, 0.27, 0.25, true);
	}

	/**
	 * The closing picture: concentration 53 % → 33 %, psychological symptoms 36 % → 18 %,
	 * and so on.
	 */
	private void improve(List<Member> parents, List<Member> children,
			Map<String, EnumMap<AssessmentItem, Degree>> closing) {
		List<EnumMap<AssessmentItem, Degree>> closingParents = parents.stream()
			.map((member) -> closing.get(member.id()))
			.filter((scores) -> scores != null)
			.toList();
		List<EnumMap<AssessmentItem, Degree>> closingChildren = children.stream()
			.map((member) -> closing.get(member.id()))
			.filter((scores) -> scores != null)
			.toList();
		improveShare(closingParents, AssessmentItem.MENTAL_DIFFICULTIES, 0.55);
		improveShare(closingParents, AssessmentItem.CONFLICTS_WITH_CHILDREN, 0.50);
		improveShare(closingParents, AssessmentItem.DEBT, 0.45);
		improveShare(closingParents, AssessmentItem.LIMITED_NETWORK, 0.40);
		improveShare(closingParents, AssessmentItem.CONFLICT_WITH_PARTNER, 0.20);
		improveShare(closingParents, AssessmentItem.PHYSICAL_DIFFICULTIES, 0.15);
		improveShare(closingParents, AssessmentItem.OUT_OF_LABOUR_MARKET, 0.15);
		improveShare(closingParents, AssessmentItem.LIMITED_DANISH, 0.10);
		improveShare(closingChildren, AssessmentItem.HIGH_PARENTAL_CONFLICT, 0.20);
		improveShare(closingChildren, AssessmentItem.CAREGIVER_TRAUMA, 0.20);
		improveShare(closingChildren, AssessmentItem.PSYCHOLOGICAL_NEGLECT, 0.25);
		improveShare(closingChildren, AssessmentItem.PARENTAL_SUBSTANCE_ABUSE, 0.15);
		reduceTo(closingChildren, AssessmentItem.CONCENTRATION, Set.of(Degree.HIGH, Degree.SOME), 0.33, Degree.LESSER);
		reduceTo(closingChildren, AssessmentItem.PSYCHOLOGICAL_SYMPTOMS, Set.of(Degree.HIGH), 0.18, Degree.SOME);
		reduceTo(closingChildren, AssessmentItem.INTROVERTED_BEHAVIOUR, Set.of(Degree.HIGH), 0.21, Degree.SOME);
	}

	/** Gives exactly the rounded shares HIGH and SOME, the rest LESSER or NOT_AT_ALL. */
	private void quota(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, double high, double some,
			boolean shuffle) {
		List<EnumMap<AssessmentItem, Degree>> order = new ArrayList<>(scores);
		if (shuffle) {
			Collections.shuffle(order, this.random);
		}
		int highCount = (int) Math.round(high * order.size());
		int burdenedCount = (int) Math.round((high + some) * order.size());
		for (int i = 0; i < order.size(); i++) {
			Degree degree = (i < highCount) ? Degree.HIGH
					: (i < burdenedCount) ? Degree.SOME : chance(0.5) ? Degree.LESSER : Degree.NOT_AT_ALL;
			order.get(i).put(item, degree);
		}
	}

	/**
	 * Moves the given fraction of the burdened (HIGH or SOME) one step down the scale.
	 */
	private void improveShare(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, double fraction) {
		List<EnumMap<AssessmentItem, Degree>> burdened = matching(scores, item, Set.of(Degree.HIGH, Degree.SOME));
		int count = (int) Math.round(fraction * burdened.size());
		for (int i = 0; i < count; i++) {
			Degree degree = burdened.get(i).get(item);
			burdened.get(i).put(item, (degree == Degree.HIGH) ? Degree.SOME : Degree.LESSER);
		}
	}

	/**
	 * Lowers degrees until at most the given share of all has one of the counted degrees.
	 */
	private void reduceTo(List<EnumMap<AssessmentItem, Degree>> scores, AssessmentItem item, Set<Degree> counted,
			double share, Degree lowered) {
		List<EnumMap<AssessmentItem, Degree>> hits = matching(scores, item, counted);
		int target = (int) Math.round(share * scores.size());
		for (int i = 0; i < hits.size() - target; i++) {
			hits.get(i).put(item, lowered);
		}
	}

	private List<EnumMap<AssessmentItem, Degree>> matching(List<EnumMap<AssessmentItem, Degree>> scores,
			AssessmentItem item, Set<Degree> degrees) {
		List<EnumMap<AssessmentItem, Degree>> hits = new ArrayList<>(
				scores.stream().filter((entry) -> degrees.contains(entry.get(item))).toList());
		Collections.shuffle(hits, this.random);
		return hits;
	}

	private static Assessment assessment(Member member, AssessmentKind kind, LocalDate date,
			EnumMap<AssessmentItem, Degree> scores) {
		List<AssessmentScore> items = scores.entrySet()
			.stream()
			.map((entry) -> new AssessmentScore(entry.getKey(), entry.getValue()))
			.toList();
		String id = "asm-" + member.id().substring(4) + "-" + kind.name().toLowerCase(Locale.ROOT);
		return new Assessment(id, member.familyId(), member.id(), kind, date, items);
	}

	// Look-ups on families

	private static Member mother(Family family) {
		return family.member(DemoIds.memberId(family.id(), 1)).orElseThrow();
	}

	private List<Member> minors(Family family) {
		return members(family, (member) -> member.role() == FamilyRole.CHILD && age(member, this.today) < 18);
	}

	private List<Member> parentsInHousehold(Family family) {
		return members(family, (member) -> member.role().isParentFigure() && member.livesInHousehold());
	}

	private static List<Member> members(Family family, Predicate<Member> filter) {
		return family.members().stream().filter(filter).toList();
	}

	private static @Nullable LocalDate transitionOn(Course course, CourseStatus status) {
		return course.transitions()
			.stream()
			.filter((transition) -> transition.to() == status)
			.map(CourseTransition::on)
			.findFirst()
			.orElse(null);
	}

	private Facts facts(String familyId) {
		return Objects.requireNonNull(this.facts.get(familyId));
	}

	private static int number(String familyId) {
		return Integer.parseInt(familyId.substring("fam-".length()));
	}

	/** A family whose mother's last name is of the international names. */
	private boolean isInternational(Family family) {
		return this.content.international().lastNames().contains(mother(family).lastName());
	}

	/** The demo's members all have a birth date. */
	private static int age(Member member, LocalDate day) {
		return Objects.requireNonNull(member.ageOn(day));
	}

	/** For courses that have started. */
	private static LocalDate activatedOn(Course course) {
		return Objects.requireNonNull(course.activatedOn());
	}

	/** The family's child-and-youth caseworker on the day, or the HFI coordinator. */
	private static String caseworkerOn(Family family, LocalDate day) {
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.role() == ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER
					&& membership.isActiveOn(day))
			.map(TeamMembership::professionalId)
			.findFirst()
			.orElse(DemoIds.SUPPORT_COORDINATOR);
	}

	// Random helpers, all drawing from the one seeded Random

	private int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> List<T> picks(List<T> values, int count) {
		List<T> shuffled = new ArrayList<>(values);
		Collections.shuffle(shuffled, this.random);
		return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
	}

	private int weighted(int[] values, double[] weights) {
		double roll = this.random.nextDouble();
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			sum += weights[i];
			if (roll < sum) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private Deque<String> shuffled(List<String> values) {
		List<String> copy = new ArrayList<>(values);
		Collections.shuffle(copy, this.random);
		return new ArrayDeque<>(copy);
	}

	/** A time of day during office hours on the given day, in Copenhagen. */
	private Instant instant(LocalDate day) {
		return day.atTime(between(8, 15), 15 * between(0, 3)).atZone(COPENHAGEN).toInstant();
	}

	private static int roundTo(int value, int step) {
		return value / step * step;
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static String familyId(int number) {
		return "fam-" + pad(number);
	}

	private static String pad(int number) {
		return String.format("%03d", number);
	}

	private static String slug(String text) {
		String folded = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z-]", "");
	}

	/** What later documents need to know about a family beyond the family document. */
	private record Facts(int number, boolean international, boolean leisure) {

	}

	/** The dates of a course's transitions; null where not reached. */
	private record Timeline(LocalDate referredOn, @Nullable LocalDate conversationOn, @Nullable LocalDate activatedOn,
			@Nullable LocalDate closedOn) {

		LocalDate endOn(LocalDate today) {
			return (this.closedOn != null) ? this.closedOn : today;
		}

	}

	/**
	 * A statutory caseworker of a family, with the change of caseworker if there was one.
	 */
	private record Caseworkers(String first, String current, @Nullable LocalDate changedOn) {

		String on(LocalDate day) {
			return (this.changedOn != null && !day.isBefore(this.changedOn)) ? this.current : this.first;
		}

	}

	/** A member being built, before relations are complete. */
	private static final class Person {

		private final String id;

		private final String firstName;

		private final String lastName;

		private final FamilyRole role;

		private final LocalDate birthDate;

		private final int age;

		private final String cpr;

		private final @Nullable String phone;

		private final @Nullable String email;

		private boolean livesInHousehold = true;

		private boolean custodyHolder;

		private final List<String> custodyHolderIds = new ArrayList<>();

		private final List<StoredRelation> relations = new ArrayList<>();

		Person(String id, String firstName, String lastName, FamilyRole role, LocalDate birthDate, int age, String cpr,
				@Nullable String phone, @Nullable String email) {
			this.id = id;
			this.firstName = firstName;
			this.lastName = lastName;
			this.role = role;
			this.birthDate = birthDate;
			this.age = age;
			this.cpr = cpr;
			this.phone = phone;
			this.email = email;
		}

		void relate(RelationKind kind, Person other) {
			this.relations.add(new StoredRelation(kind, other.id));
		}

		Member toMember(String familyId) {
			return new Member(this.id, familyId, this.firstName, this.lastName, this.role, this.cpr, this.birthDate,
					this.phone, this.email, this.livesInHousehold, this.custodyHolder, this.custodyHolderIds,
					this.relations);
		}

	}

}

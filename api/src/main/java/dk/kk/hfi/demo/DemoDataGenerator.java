package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.demo.DemoContent.ClosingReason;
import dk.kk.hfi.demo.DemoContent.NameSet;
import dk.kk.hfi.demo.DemoContent.ProfessionalEntry;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
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
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;

import static dk.kk.hfi.demo.DemoFamilyQueries.activatedOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.earliest;
import static dk.kk.hfi.demo.DemoFamilyQueries.familyId;
import static dk.kk.hfi.demo.DemoFamilyQueries.latest;
import static dk.kk.hfi.demo.DemoFamilyQueries.mother;
import static dk.kk.hfi.demo.DemoFamilyQueries.slug;

/**
 * The fictional, deterministic demo data set of 64 families of Nørrebro and Bispebjerg:
 * the five families the tests and the guided tour rely on, as described in
 * {@code demo/families} (see {@link DemoFamilyFiles} and {@link DemoIds}), and 59 drawn
 * from the hand-written content of {@code demo/content.yml}: the evaluation's 44, who
 * started in 2023 and whose records give the published figures (see
 * {@link DemoEvaluation}), and families referred or started since, relative to today.
 * <p>
 * This class draws the families themselves (members, course and core team); their
 * consents, measures, meetings and plans are drawn by {@link DemoConsents},
 * {@link DemoMeasures}, {@link DemoMeetings} and {@link DemoPlans}, all from one
 * {@link DemoDraws}. Every family's assessments ({@link DemoAssessments}), plan history,
 * register observations and surveys ({@link DemoCourseHistory}) are computed after. The
 * same {@code today} always gives the same documents.
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

	private static final Set<Integer> CLOSED_FAMILIES = Set.of(7, 8, 9, 12, 13, 14, 17, 19, 22, 24, 26, 27, 29, 30, 33,
			34, 36, 38, 40, 44, 45, 46, 47, 48, 50, 52);

	private static final int CLOSED_AFTER_WITHDRAWAL = 30;

	private static final Set<Integer> REFERRED_FAMILIES = Set.of(5, 39);

	private static final Set<Integer> CONSENT_CONVERSATION_FAMILIES = Set.of(21, 42);

	private static final int TOUR_FAMILIES = 5;

	private static final List<String> HFI_REPRESENTATIVES = List.of(DemoIds.SUPPORT_COORDINATOR, DemoIds.SOF_SPECIALIST,
			DemoIds.BIF_CONSULTANT);

	private final LocalDate today;

	private final DemoContent content;

	private final List<String> sofCaseworkers;

	private final List<String> bifCaseworkers;

	private final List<String> familyTherapists;

	private final DemoDraws draws;

	private final Set<String> usedCprs = new HashSet<>();

	private final Map<String, Professional> professionalsById = new LinkedHashMap<>();

	private final Map<String, DemoFacts> facts = new HashMap<>();

	/**
	 * The day each family of the evaluation's population started (its course was
	 * activated), by number.
	 */
	private Map<Integer, LocalDate> evaluationStarts = Map.of();

	private final Deque<String> danishSurnames;

	private final Deque<String> internationalSurnames;

	private final List<DemoFamily> tour;

	private final DemoConsents consents;

	private final DemoMeasures measures;

	private final DemoMeetings meetings;

	private final DemoPlans plans;

	private DemoDataGenerator(LocalDate today, DemoContent content, List<DemoFamily> tour) {
		List<String> tourIds = tour.stream().map((family) -> family.family().id()).toList();
		List<String> expected = IntStream.rangeClosed(1, TOUR_FAMILIES).mapToObj(DemoFamilyQueries::familyId).toList();
		if (!tourIds.equals(expected)) {
			// The drawn families are numbered after the tour's, and the evaluation's by
			// their numbers.
			throw new IllegalStateException("demo/families must describe " + expected + ", not " + tourIds);
		}
		this.today = today;
		this.content = content;
		this.tour = tour;
		this.draws = new DemoDraws(SEED, today, content);
		this.consents = new DemoConsents(this.draws);
		this.measures = new DemoMeasures(this.draws);
		this.meetings = new DemoMeetings(this.draws);
		this.plans = new DemoPlans(this.draws, this.professionalsById);
		// The pools in the order of the content file: SOF_CASEWORKER and
		// BIF_JOB_CASEWORKER first.
		this.sofCaseworkers = professionalIds(ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER, false);
		this.bifCaseworkers = professionalIds(ProfessionalRole.JOB_CASEWORKER, false);
		this.familyTherapists = professionalIds(ProfessionalRole.FAMILY_THERAPIST, false);
		this.danishSurnames = this.draws.shuffled(content.danish().lastNames());
		this.internationalSurnames = this.draws.shuffled(content.international().lastNames());
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
		// The families drawn, each part in turn from the one Random.
		for (DemoFamily described : this.tour) {
			Family family = described.family();
			this.facts.put(family.id(), new DemoFacts(false, isInternational(family), false));
			families.add(family);
			consents.addAll(described.consents());
			measures.addAll(described.measures());
			meetings.addAll(described.meetings());
			Optional.ofNullable(described.plan()).ifPresent(plans::add);
		}
		for (int number = TOUR_FAMILIES + 1; number <= FAMILY_COUNT; number++) {
			Family family = family(number);
			boolean leisure = facts(family.id()).leisure();
			families.add(family);
			consents.addAll(this.consents.consents(family));
			measures.addAll(this.measures.measures(family, leisure));
			List<Meeting> familyMeetings = this.meetings.meetings(family);
			meetings.addAll(familyMeetings);
			this.plans.plan(family, familyMeetings, leisure).ifPresent(plans::add);
		}
		List<Assessment> assessments = new DemoAssessments(this.draws, this::facts).assessments(families);
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
		boolean international = this.draws.chance(0.35);
		NameSet names = international ? this.content.international() : this.content.danish();
		String lastName = surname(international);
		District district = this.draws.chance(0.55) ? District.NORREBRO : District.BISPEBJERG;
		Household household = household(district);
		List<Member> members = members(id, names, lastName);
		Timeline timeline = timeline(number, plannedStatus(number));
		Caseworkers sof = caseworkers(this.sofCaseworkers, number, timeline, 0.3);
		Caseworkers bif = caseworkers(this.bifCaseworkers, number, timeline, 0.2);
		boolean leisure = timeline.activatedOn() != null && this.draws.chance(0.8);
		Course course = course(number, timeline, sof, bif);
		List<TeamMembership> coreTeam = coreTeam(number, timeline, sof, bif, leisure);
		this.facts.put(id, new DemoFacts(this.evaluationStarts.containsKey(number), international, leisure));
		return new Family(id, null, "Familien " + lastName, district, household, members, course, coreTeam);
	}

	private Household household(District district) {
		boolean norrebro = district == District.NORREBRO;
		String street = this.draws
			.pick(norrebro ? this.content.streets().norrebro() : this.content.streets().bispebjerg()) + " "
				+ this.draws.between(1, 88) + ", " + this.draws.between(1, 5) + ". "
				+ (this.draws.chance(0.5) ? "th." : "tv.");
		return new Household(street, norrebro ? "2200" : "2400", norrebro ? "København N" : "København NV");
	}

	private List<Member> members(String familyId, NameSet names, String lastName) {
		int childCount = this.draws.weighted(new int[] { 1, 2, 3, 4 }, new double[] { 0.2, 0.63, 0.14, 0.03 });
		List<Integer> ages = new ArrayList<>();
		for (int i = 0; i < childCount; i++) {
			ages.add(childAge());
		}
		if (this.draws.chance(0.1)) {
			ages.add(this.draws.between(18, 23));
		}
		ages.sort(Comparator.reverseOrder());
		int motherAge = Math.max(24, ages.get(0) + this.draws.between(20, 31));
		Person mother = person(familyId, 1, this.draws.pick(names.mothers()), lastName, FamilyRole.MOTHER, true,
				motherAge);
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
			boolean girl = this.draws.chance(0.5);
			String firstName;
			do {
				firstName = this.draws.pick(girl ? names.girls() : names.boys());
			}
			while (!usedFirstNames.add(firstName));
			Person child = person(familyId, children.size() + 2, firstName, lastName, FamilyRole.CHILD, girl, age);
			child.livesInHousehold = age < 18 && (age < 6 || !this.draws.chance(0.1));
			children.add(child);
		}
		return children;
	}

	/**
	 * The father living apart (four in ten; some share custody), or for some a father or
	 * step-parent at home.
	 */
	private List<Person> partners(String familyId, NameSet names, int motherAge, int partnerNumber) {
		int fatherAge = motherAge + this.draws.between(-2, 8);
		double situation = this.draws.nextDouble();
		if (situation >= 0.14 && situation < 0.57) {
			Person father = person(familyId, partnerNumber, this.draws.pick(names.fathers()), surname(names),
					FamilyRole.FATHER, false, fatherAge);
			father.livesInHousehold = false;
			father.custodyHolder = this.draws.chance(0.35);
			return List.of(father);
		}
		if (situation < 0.14) {
			if (this.draws.chance(0.6)) {
				Person father = person(familyId, partnerNumber, this.draws.pick(names.fathers()), surname(names),
						FamilyRole.FATHER, false, fatherAge);
				father.custodyHolder = true;
				return List.of(father);
			}
			return List.of(person(familyId, partnerNumber, this.draws.pick(names.fathers()), surname(names),
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
		double roll = this.draws.nextDouble();
		if (roll < 0.05) {
			return this.draws.between(1, 3);
		}
		return (roll < 0.87) ? this.draws.between(4, 14) : this.draws.between(15, 17);
	}

	private Person person(String familyId, int n, String firstName, String lastName, FamilyRole role, boolean female,
			int age) {
		LocalDate birthDate = this.today.minusYears(age).minusDays(this.draws.between(0, 364));
		String phone = (age >= 13) ? phone() : null;
		String email = (age >= 18) ? slug(firstName) + "." + slug(lastName) + familyId.substring(4) + "@example.org"
				: null;
		return new Person(DemoIds.memberId(familyId, n), firstName, lastName, role, birthDate, age,
				cpr(birthDate, female), phone, email);
	}

	private String cpr(LocalDate birthDate, boolean female) {
		while (true) {
			String cpr = DemoCpr.drawn(birthDate, female, this.draws.random());
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
		return "1" + String.format("%07d", this.draws.nextInt(10_000_000));
	}

	private String surname(boolean international) {
		Deque<String> unused = international ? this.internationalSurnames : this.danishSurnames;
		return unused.isEmpty()
				? this.draws.pick((international ? this.content.international() : this.content.danish()).lastNames())
				: unused.pop();
	}

	private String surname(NameSet names) {
		return this.draws.pick(names.lastNames());
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
			case REFERRED -> this.draws.between(3, 25);
			case CONSENT_CONVERSATION -> this.draws.between(20, 45);
			// The recent families, spread over the last two years: the latest whole year
			// always has an intake.
			case ACTIVE -> 75 + 55 * (number - (FAMILY_COUNT - RECENT_FAMILIES) - 1);
			case CLOSED -> this.draws.between(520, 900);
		};
		LocalDate referredOn = latest(PROGRAMME_START, this.today.minusDays(daysAgo));
		if (status == CourseStatus.REFERRED) {
			return new Timeline(referredOn, null, null, null);
		}
		LocalDate conversationOn = earliest(referredOn.plusDays(this.draws.between(5, 15)), this.today);
		if (status == CourseStatus.CONSENT_CONVERSATION) {
			return new Timeline(referredOn, conversationOn, null, null);
		}
		LocalDate activatedOn = earliest(conversationOn.plusDays(this.draws.between(7, 20)), this.today);
		if (status == CourseStatus.ACTIVE) {
			return new Timeline(referredOn, conversationOn, activatedOn, null);
		}
		LocalDate closedOn = latest(activatedOn.plusDays(1), earliest(
				activatedOn.plusDays(this.draws.between(300, 480)), this.today.minusDays(this.draws.between(15, 60))));
		return new Timeline(referredOn, conversationOn, activatedOn, closedOn);
	}

	/**
	 * A course of the programme's first years: closed courses ended by the evaluation's
	 * end.
	 */
	private Timeline evaluationTimeline(LocalDate started, CourseStatus status) {
		LocalDate activatedOn = earliest(started, this.today);
		LocalDate conversationOn = activatedOn.minusDays(this.draws.between(7, 20));
		LocalDate referredOn = latest(PROGRAMME_START, conversationOn.minusDays(this.draws.between(5, 15)));
		if (status == CourseStatus.ACTIVE) {
			return new Timeline(referredOn, conversationOn, activatedOn, null);
		}
		LocalDate closedOn = earliest(activatedOn.plusDays(this.draws.between(300, 480)),
				DemoEvaluation.END.minusDays(this.draws.between(0, 60)));
		closedOn = earliest(latest(closedOn, activatedOn.plusDays(this.draws.between(180, 240))),
				this.today.minusDays(1));
		return new Timeline(referredOn, conversationOn, activatedOn, latest(closedOn, activatedOn.plusDays(1)));
	}

	/**
	 * The family's caseworker from one pool; the first of each pool (SOF_CASEWORKER and
	 * BIF_JOB_CASEWORKER) serves only the tour's families.
	 */
	private Caseworkers caseworkers(List<String> pool, int number, Timeline timeline, double turnover) {
		String current = pool.get(1 + number % (pool.size() - 1));
		long days = ChronoUnit.DAYS.between(timeline.referredOn(), timeline.endOn(this.today));
		if (days <= 200 || !this.draws.chance(turnover)) {
			return new Caseworkers(current, current, null);
		}
		String previous = pool.get(1 + (number + 3) % (pool.size() - 1));
		return new Caseworkers(previous, current,
				timeline.referredOn().plusDays(90 + this.draws.between(0, (int) days - 150)));
	}

	private Course course(int number, Timeline timeline, Caseworkers sof, Caseworkers bif) {
		String referrer = this.draws.chance(0.6) ? sof.on(timeline.referredOn()) : bif.on(timeline.referredOn());
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
					: this.draws.pick(this.content.course().closingReasons());
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
		if (this.draws.chance(0.45)) {
			team.add(joining(this.familyTherapists.get(number % 2), start, timeline));
		}
		if (this.draws.chance(0.3)) {
			team.add(joining(DemoIds.BIF_MENTOR, start, timeline));
		}
		if (this.draws.chance(0.25)) {
			team.add(joining(DemoIds.BUF_SCHOOL_SOCIAL_WORKER, start, timeline));
		}
		if (this.draws.chance(0.3)) {
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
		LocalDate since = earliest(start.plusDays(this.draws.between(0, 60)), timeline.endOn(this.today));
		return membership(professionalId, null, since, timeline.closedOn());
	}

	/** A membership in the professional's own role unless another is given. */
	private TeamMembership membership(String professionalId, @Nullable ProfessionalRole role, LocalDate since,
			@Nullable LocalDate until) {
		Professional professional = Objects.requireNonNull(this.professionalsById.get(professionalId));
		return new TeamMembership(professionalId, professional.administration(),
				(role != null) ? role : professional.role(), since, until);
	}

	// Look-ups on families

	private DemoFacts facts(String familyId) {
		return Objects.requireNonNull(this.facts.get(familyId));
	}

	private static int number(String familyId) {
		return Integer.parseInt(familyId.substring("fam-".length()));
	}

	/** A family whose mother's last name is of the international names. */
	private boolean isInternational(Family family) {
		return this.content.international().lastNames().contains(mother(family).lastName());
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

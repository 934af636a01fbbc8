package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import dk.kk.hfi.assessment.Agreement;
import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.AssessmentItem;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.AssessmentScore;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.assessment.SurveyQuestion;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Cpr;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentStatus;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.RelationKind;
import dk.kk.hfi.domain.family.StoredRelation;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.meeting.MeetingKind;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.PlanVersion;
import dk.kk.hfi.register.IncomeSupportType;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DemoDataGenerator}: determinism, shape, and the well-known ids of
 * {@link DemoIds}. One data set serves all tests: it is immutable.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DemoDataGeneratorTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 10, 15);

	private final DemoDataSet data = DemoDataGenerator.generate(TODAY);

	@Test
	void isDeterministic() {
		DemoDataSet again = DemoDataGenerator.generate(TODAY);
		assertThat(ids(again.families(), Family::id)).isEqualTo(ids(this.data.families(), Family::id));
		assertThat(ids(again.professionals(), Professional::id))
			.isEqualTo(ids(this.data.professionals(), Professional::id));
		assertThat(ids(again.consents(), ConsentVersion::id)).isEqualTo(ids(this.data.consents(), ConsentVersion::id));
		assertThat(ids(again.measures(), Measure::id)).isEqualTo(ids(this.data.measures(), Measure::id));
		assertThat(again.plans()).hasSameSizeAs(this.data.plans());
		assertThat(again.meetings()).hasSameSizeAs(this.data.meetings());
		assertThat(again.assessments()).hasSameSizeAs(this.data.assessments());
		assertThat(again).isEqualTo(this.data);
	}

	@Test
	void dependsOnTheClockOnlyThroughToday() {
		DemoDataSet later = DemoDataGenerator.generate(TODAY.plusYears(1));
		assertThat(later.families()).hasSameSizeAs(this.data.families());
		assertThat(family(later, DemoIds.FAMILY_FULL_CONSENT).course().status()).isEqualTo(CourseStatus.ACTIVE);
		assertThat(currentConsent(later, DemoIds.FAMILY_CONSENT_EXPIRED).statusOn(TODAY.plusYears(1)))
			.isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void hasTheFamiliesOfThePublishedFigures() {
		assertThat(this.data.families()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.data.families()).extracting(Family::id).contains("fam-001", "fam-044").doesNotHaveDuplicates();
		assertThat(this.data.families()).allSatisfy((family) -> {
			assertThat(family.name()).startsWith("Familien ");
			assertThat(family.household().postalCode()).isIn("2200", "2400");
		});
		long active = this.data.families()
			.stream()
			.filter((family) -> family.course().status() == CourseStatus.ACTIVE)
			.count();
		assertThat(active).isBetween(30L, 35L);
		assertThat(this.data.families()).extracting((family) -> family.course().status())
			.contains(CourseStatus.values());
		long livingAlone = this.data.families()
			.stream()
			.filter((family) -> family.members()
				.stream()
				.noneMatch((member) -> member.role() != FamilyRole.MOTHER && member.role().isParentFigure()
						&& member.livesInHousehold()))
			.count();
		assertThat((double) livingAlone / this.data.families().size()).isBetween(0.75, 0.95);
	}

	@Test
	void membersHaveIdsFamilyIdsAndRelationsInBothDirections() {
		for (Family family : this.data.families()) {
			Member mother = family.member(DemoIds.memberId(family.id(), 1)).orElseThrow();
			assertThat(mother.role()).isEqualTo(FamilyRole.MOTHER);
			assertThat(mother.custodyHolder()).isTrue();
			for (Member member : family.members()) {
				assertThat(member.id()).matches(family.id() + "-m\\d+");
				assertThat(member.familyId()).isEqualTo(family.id());
				for (StoredRelation relation : member.relations()) {
					Member related = family.member(relation.memberId()).orElseThrow();
					assertThat(related.relations()).extracting(StoredRelation::memberId).contains(member.id());
				}
				for (String holderId : member.custodyHolderIds()) {
					assertThat(family.member(holderId).orElseThrow().custodyHolder()).isTrue();
				}
				if (member.role() == FamilyRole.CHILD) {
					assertThat(member.relations()).contains(new StoredRelation(RelationKind.MOTHER, mother.id()));
					assertThat(mother.relations()).contains(new StoredRelation(RelationKind.CHILD, member.id()));
					if (member.ageOn(TODAY) < 18) {
						assertThat(member.custodyHolderIds()).contains(mother.id());
					}
				}
			}
		}
	}

	@Test
	void cprNumbersAreWellFormedAndMatchTheBirthDate() {
		DateTimeFormatter ddmmyy = DateTimeFormatter.ofPattern("ddMMyy");
		List<Member> members = allMembers();
		assertThat(members).allSatisfy((member) -> {
			assertThat(member.cpr()).matches("\\d{6}-\\d{4}");
			assertThat(member.cpr().substring(0, 6)).isEqualTo(member.birthDate().format(ddmmyy));
			assertThat(Cpr.birthDate(member.cpr())).isEqualTo(member.birthDate());
			assertThat(Cpr.modulus11(member.cpr().replace("-", ""))).isNotZero();
		});
		assertThat(members).extracting(Member::cpr).doesNotHaveDuplicates();
		assertThat(members).filteredOn((member) -> member.email() != null)
			.allSatisfy((member) -> assertThat(member.email()).endsWith("@example.org"));
	}

	@Test
	void professionalsHaveTheStatedRoles() {
		assertProfessional(DemoIds.SOF_CASEWORKER, Administration.SOF, ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER,
				false);
		assertProfessional(DemoIds.BIF_JOB_CASEWORKER, Administration.BIF, ProfessionalRole.JOB_CASEWORKER, false);
		assertProfessional(DemoIds.BUF_HEALTH_VISITOR, Administration.BUF, ProfessionalRole.HEALTH_VISITOR, false);
		assertProfessional(DemoIds.SUF_PHYSIOTHERAPIST, Administration.SUF, ProfessionalRole.PHYSIOTHERAPIST, true);
		assertProfessional(DemoIds.KFF_BRIDGE_BUILDER, Administration.KFF, ProfessionalRole.BRIDGE_BUILDER, true);
		assertProfessional(DemoIds.SUPPORT_COORDINATOR, Administration.SOF, ProfessionalRole.COORDINATOR, true);
		assertProfessional(DemoIds.NO_TEAM_PROFESSIONAL, Administration.BUF, ProfessionalRole.SCHOOL_SOCIAL_WORKER,
				false);
		assertProfessional(DemoIds.SOF_LEADER, Administration.SOF, ProfessionalRole.LEADER, false);
		assertProfessional(DemoIds.BIF_LEADER, Administration.BIF, ProfessionalRole.LEADER, false);
		assertProfessional(DemoIds.BUF_LEADER, Administration.BUF, ProfessionalRole.LEADER, false);
		assertProfessional(DemoIds.SUF_LEADER, Administration.SUF, ProfessionalRole.LEADER, false);
		assertProfessional(DemoIds.KFF_LEADER, Administration.KFF, ProfessionalRole.LEADER, false);
		assertThat(this.data.professionals()).allSatisfy((professional) -> {
			assertThat(professional.version()).isNull();
			assertThat(professional.email()).endsWith(".example.org");
		});
		assertThat(this.data.professionals()).filteredOn(Professional::supportTeam)
			.extracting(Professional::administration)
			.contains(Administration.values());
	}

	@Test
	void everyFamilyHasActiveStatutoryCaseworkers() {
		assertThat(this.data.families()).allSatisfy((family) -> {
			assertThat(family.coreTeam()).anySatisfy((membership) -> {
				assertThat(membership.isActiveOn(TODAY)).isTrue();
				assertThat(membership.administration()).isEqualTo(Administration.SOF);
				assertThat(membership.role()).isEqualTo(ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER);
			});
			assertThat(family.coreTeam()).anySatisfy((membership) -> {
				assertThat(membership.isActiveOn(TODAY)).isTrue();
				assertThat(membership.administration()).isEqualTo(Administration.BIF);
				assertThat(membership.role()).isEqualTo(ProfessionalRole.JOB_CASEWORKER);
			});
		});
		Map<String, Professional> professionals = this.data.professionals()
			.stream()
			.collect(Collectors.toMap(Professional::id, Function.identity()));
		assertThat(this.data.families()).flatExtracting(Family::coreTeam).allSatisfy((membership) -> {
			assertThat(professionals).containsKey(membership.professionalId());
			assertThat(membership.administration())
				.isEqualTo(professionals.get(membership.professionalId()).administration());
		});
		assertThat(this.data.families()).flatExtracting(Family::coreTeam)
			.anySatisfy((membership) -> assertThat(membership.until()).isNotNull());
	}

	@Test
	void namedProfessionalsAreOnTheCoreTeamsOfTheSpecialFamilies() {
		for (String familyId : List.of("fam-001", "fam-002", "fam-003", "fam-004", "fam-005")) {
			assertThat(activeTeam(family(this.data, familyId))).contains(DemoIds.SOF_CASEWORKER,
					DemoIds.BIF_JOB_CASEWORKER, DemoIds.BUF_HEALTH_VISITOR, DemoIds.KFF_BRIDGE_BUILDER);
		}
		assertThat(family(this.data, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH).coreTeam()).anySatisfy((membership) -> {
			assertThat(membership.professionalId()).isEqualTo(DemoIds.FORMER_SOF_CASEWORKER);
			assertThat(membership.isActiveOn(TODAY)).isFalse();
		});
	}

	@Test
	void professionalsWithoutTeamsAreOnNoTeam() {
		Set<String> onTeams = this.data.families()
			.stream()
			.flatMap((family) -> family.coreTeam().stream())
			.map(TeamMembership::professionalId)
			.collect(Collectors.toSet());
		assertThat(onTeams).doesNotContain(DemoIds.NO_TEAM_PROFESSIONAL, DemoIds.SOF_LEADER, DemoIds.BIF_LEADER,
				DemoIds.BUF_LEADER, DemoIds.SUF_LEADER, DemoIds.KFF_LEADER);
		assertThat(professional(DemoIds.NO_TEAM_PROFESSIONAL).supportTeam()).isFalse();
	}

	@Test
	void specialFamiliesHaveTheStatedConsents() {
		ConsentVersion full = currentConsent(this.data, DemoIds.FAMILY_FULL_CONSENT);
		assertThat(full.statusOn(TODAY)).isEqualTo(ConsentStatus.ACTIVE);
		assertThat(full.provisions()).singleElement().satisfies((provision) -> {
			assertThat(provision.recipients()).containsExactlyInAnyOrder(Administration.values());
			assertThat(provision.categories())
				.containsAll(EnumSet.complementOf(EnumSet.of(DataCategory.BASIC_IDENTITY)));
			assertThat(provision.exceptions()).isEmpty();
		});
		assertThat(full.grantorIds()).contains(DemoIds.FAMILY_FULL_CONSENT_MOTHER);
		assertThat(full.subjectIds()).containsExactlyInAnyOrderElementsOf(
				family(this.data, DemoIds.FAMILY_FULL_CONSENT).members().stream().map(Member::id).toList());

		ConsentVersion withoutHealth = currentConsent(this.data, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH);
		assertThat(withoutHealth.statusOn(TODAY)).isEqualTo(ConsentStatus.ACTIVE);
		Provision provision = withoutHealth.provisions().get(0);
		assertThat(provision.recipients()).containsExactlyInAnyOrder(Administration.values());
		assertThat(provision.exceptions()).singleElement().satisfies((exception) -> {
			assertThat(exception.categories()).containsExactly(DataCategory.HEALTH);
			assertThat(exception.recipients()).isEmpty();
			assertThat(exception.subjectIds()).isEmpty();
		});

		ConsentVersion withdrawn = currentConsent(this.data, DemoIds.FAMILY_CONSENT_WITHDRAWN);
		assertThat(withdrawn.state()).isEqualTo(ConsentState.WITHDRAWN);
		assertThat(withdrawn.version()).isEqualTo(2);
		assertThat(withdrawn.withdrawal()).isNotNull();
		assertThat(withdrawn.withdrawal().recordedBy()).isEqualTo(DemoIds.SOF_CASEWORKER);

		ConsentVersion expired = currentConsent(this.data, DemoIds.FAMILY_CONSENT_EXPIRED);
		assertThat(expired.state()).isEqualTo(ConsentState.ACTIVE);
		assertThat(expired.statusOn(TODAY)).isEqualTo(ConsentStatus.EXPIRED);
		// As in its file: two days before the day the data describes.
		assertThat(expired.period().to()).isEqualTo(TODAY.minusDays(2));

		assertThat(family(this.data, DemoIds.FAMILY_NO_CONSENT).course().status()).isEqualTo(CourseStatus.REFERRED);
		assertThat(this.data.consents()).noneMatch((consent) -> consent.familyId().equals(DemoIds.FAMILY_NO_CONSENT));
		for (String familyId : List.of("fam-001", "fam-002", "fam-003", "fam-004")) {
			assertThat(family(this.data, familyId).course().status()).isEqualTo(CourseStatus.ACTIVE);
		}
	}

	@Test
	void consentsAreWellFormedAndEveryStateAppears() {
		assertThat(this.data.consents()).extracting(ConsentVersion::state).contains(ConsentState.values());
		assertThat(this.data.consents()).extracting((consent) -> consent.statusOn(TODAY))
			.contains(ConsentStatus.values());
		assertThat(this.data.consents()).extracting(ConsentVersion::id).doesNotHaveDuplicates();
		assertThat(this.data.consents()).allSatisfy((consent) -> {
			assertThat(consent.id()).isEqualTo(ConsentVersion.documentId(consent.consentId(), consent.version()));
			assertThat(consent.recordedAt()).isNotNull();
			assertThat(consent.period().from()).isNotNull();
			Family family = family(this.data, consent.familyId());
			assertThat(family.members()).extracting(Member::id)
				.containsAll(consent.grantorIds())
				.containsAll(consent.subjectIds());
		});
		assertThat(this.data.consents()).anySatisfy((consent) -> assertThat(consent.version()).isEqualTo(2));
	}

	@Test
	void youngPeopleAged15HaveTheirOwnConsent() {
		for (Family family : this.data.families()) {
			ConsentVersion current = currentConsentOrNull(this.data, family.id());
			if (family.course().status() != CourseStatus.ACTIVE || current == null
					|| current.statusOn(TODAY) != ConsentStatus.ACTIVE) {
				continue;
			}
			for (Member member : family.members()) {
				int age = member.ageOn(TODAY);
				if (member.role() == FamilyRole.CHILD && age >= 15 && age < 18) {
					assertThat(this.data.consents()).anySatisfy((consent) -> {
						assertThat(consent.grantorIds()).containsExactly(member.id());
						assertThat(consent.subjectIds()).containsExactly(member.id());
					});
				}
			}
		}
	}

	@Test
	void fullAndHealthlessConsentFamiliesHaveMeasuresOfEveryKindTested() {
		for (String familyId : List.of(DemoIds.FAMILY_FULL_CONSENT, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)) {
			List<Measure> measures = this.data.measures()
				.stream()
				.filter((measure) -> measure.familyId().equals(familyId))
				.toList();
			String mother = DemoIds.memberId(familyId, 1);
			String child = DemoIds.memberId(familyId, 2);
			assertThat(measures).anySatisfy(measureOf(mother, DataCategory.HEALTH, Administration.SUF));
			assertThat(measures).anySatisfy(measureOf(child, DataCategory.SOCIAL_CASE_CHILD, Administration.SOF));
			assertThat(measures).anySatisfy(measureOf(mother, DataCategory.EMPLOYMENT, Administration.BIF));
			assertThat(measures).anySatisfy(measureOf(child, DataCategory.LEISURE, Administration.KFF)
				.andThen((measure) -> assertThat(measure.leisure()).isNotNull()));
		}
	}

	private static Consumer<Measure> measureOf(String memberId, DataCategory category, Administration owner) {
		return (measure) -> {
			assertThat(measure.memberId()).isEqualTo(memberId);
			assertThat(measure.category()).isEqualTo(category);
			assertThat(measure.ownerAdministration()).isEqualTo(owner);
		};
	}

	@Test
	void measuresFollowTheirKind() {
		assertThat(this.data.measures()).allSatisfy((measure) -> {
			assertThat(measure.ownerAdministration()).isEqualTo(measure.kind().owner());
			assertThat(measure.legalBasis()).isEqualTo(measure.kind().typicalLegalBasis());
			assertThat(measure.version()).isNull();
			assertThat(family(this.data, measure.familyId()).member(measure.memberId())).isPresent();
			if (measure.period().to() != null) {
				assertThat(measure.period().to()).isAfterOrEqualTo(measure.period().from());
			}
		});
		long social = this.data.measures()
			.stream()
			.filter((measure) -> measure.category() == DataCategory.SOCIAL_CASE_CHILD
					|| measure.category() == DataCategory.SOCIAL_CASE_ADULT)
			.count();
		assertThat((double) social / this.data.families().size()).isBetween(1.8, 3.0);
	}

	@Test
	void plansMeetingsAndAssessmentsBelongToStartedFamilies() {
		assertThat(this.data.plans()).isNotEmpty().allSatisfy((plan) -> {
			assertThat(plan.version()).isNotNull().isBetween(0L, 4L);
			assertThat(family(this.data, plan.familyId()).course().activatedOn()).isNotNull();
			assertThat(plan.goals()).isNotEmpty();
			assertThat(plan.actions()).isNotEmpty();
		});
		assertThat(this.data.plans()).filteredOn((plan) -> plan.familyId().equals(DemoIds.FAMILY_FULL_CONSENT))
			.hasSize(1);
		assertThat(this.data.meetings()).extracting(Meeting::id).doesNotHaveDuplicates();
		assertThat(this.data.meetings()).extracting(Meeting::kind).contains(MeetingKind.values());
		long baselineFamilies = familiesWith(AssessmentKind.BASELINE);
		long closingFamilies = familiesWith(AssessmentKind.CLOSING);
		assertThat(baselineFamilies).isBetween(35L, 40L);
		assertThat(closingFamilies).isBetween(25L, 30L);
	}

	@Test
	void closedCoursesCarryTheKindOfClosingReason() {
		assertThat(this.data.families()).filteredOn((family) -> family.course().status() == CourseStatus.CLOSED)
			.isNotEmpty()
			.allSatisfy((family) -> {
				CourseTransition closing = family.course().transitions().get(family.course().transitions().size() - 1);
				assertThat(closing.to()).isEqualTo(CourseStatus.CLOSED);
				assertThat(closing.closingReason()).isNotNull();
				assertThat(closing.reason()).isNotBlank();
			});
		assertThat(this.data.families()).extracting((family) -> family.course().transitions())
			.flatExtracting((transitions) -> transitions)
			.extracting(CourseTransition::closingReason)
			.contains(CourseClosingReason.FAMILY_WITHDREW, CourseClosingReason.CASE_CLOSED_BIF);
	}

	@Test
	void plansKeepEveryEarlierVersionAndMeetingMinutesAppearOnThePlan() {
		Map<String, List<Meeting>> meetings = this.data.meetings()
			.stream()
			.collect(Collectors.groupingBy(Meeting::familyId));
		assertThat(this.data.plans()).filteredOn((plan) -> plan.version() > 0).hasSizeGreaterThan(20);
		for (Plan plan : this.data.plans()) {
			List<Long> versions = this.data.planVersions()
				.stream()
				.filter((version) -> version.planId().equals(plan.id()))
				.map(PlanVersion::version)
				.sorted()
				.toList();
			assertThat(versions).hasSize(plan.version().intValue());
			for (int i = 0; i < versions.size(); i++) {
				assertThat(versions.get(i)).isEqualTo(i);
			}
			List<Meeting> familyMeetings = meetings.getOrDefault(plan.familyId(), List.of());
			for (PlanAction action : plan.actions()) {
				assertThat(familyMeetings).filteredOn((meeting) -> meeting.id().equals(action.meetingId()))
					.singleElement()
					.satisfies((meeting) -> assertThat(meeting.actions()).extracting(PlanAction::id)
						.contains(action.id()));
			}
			assertThat(familyMeetings).allSatisfy((meeting) -> assertThat(meeting.planVersion()).satisfiesAnyOf(
					(version) -> assertThat(version).isNull(),
					(version) -> assertThat(version.longValue()).isLessThanOrEqualTo(plan.version())));
		}
	}

	@Test
	void registerObservationsAndSurveysMoveTheWayTheEvaluationSaw() {
		assertThat(this.data.registerObservations()).extracting(RegisterObservation::kind)
			.contains(RegisterKind.values());
		assertThat(this.data.registerObservations()).extracting(RegisterObservation::id).doesNotHaveDuplicates();
		Map<String, List<RegisterObservation>> incomeByMember = this.data.registerObservations()
			.stream()
			.filter((observation) -> observation.kind() == RegisterKind.INCOME_SUPPORT)
			.collect(Collectors.groupingBy(RegisterObservation::memberId));
		long kontanthjaelpBefore = incomeByMember.values()
			.stream()
			.filter((list) -> list.size() == 2 && list.get(0).incomeSupport() == IncomeSupportType.KONTANTHJAELP)
			.count();
		long kontanthjaelpAfter = incomeByMember.values()
			.stream()
			.filter((list) -> list.size() == 2 && list.get(1).incomeSupport() == IncomeSupportType.KONTANTHJAELP)
			.count();
		assertThat(kontanthjaelpAfter).isLessThan(kontanthjaelpBefore);
		assertThat(yesShare(AssessmentKind.CLOSING)).isGreaterThan(yesShare(AssessmentKind.BASELINE) + 0.2);
		assertThat(this.data.experienceSurveys()).extracting(ExperienceSurvey::id).doesNotHaveDuplicates();
	}

	private double yesShare(AssessmentKind kind) {
		List<ExperienceSurvey> surveys = this.data.experienceSurveys()
			.stream()
			.filter((survey) -> survey.kind() == kind)
			.toList();
		long yes = surveys.stream()
			.filter((survey) -> survey.answers()
				.stream()
				.anyMatch((answer) -> answer.question() == SurveyQuestion.KNOWS_WHOM_TO_CONTACT
						&& answer.answer() == Agreement.YES))
			.count();
		return (double) yes / surveys.size();
	}

	@Test
	void assessmentsShowTheEvaluationsShares() {
		double concentrationAtStart = burdenedShare(AssessmentKind.BASELINE, AssessmentItem.CONCENTRATION);
		double concentrationAtEnd = burdenedShare(AssessmentKind.CLOSING, AssessmentItem.CONCENTRATION);
		assertThat(concentrationAtStart).isBetween(0.48, 0.58);
		assertThat(concentrationAtEnd).isBetween(0.28, 0.38);
		assertThat(burdenedShare(AssessmentKind.BASELINE, AssessmentItem.MENTAL_DIFFICULTIES)).isBetween(0.72, 0.82);
		assertThat(burdenedShare(AssessmentKind.BASELINE, AssessmentItem.HIGH_PARENTAL_CONFLICT)).isBetween(0.66, 0.76);
	}

	private long familiesWith(AssessmentKind kind) {
		return this.data.assessments()
			.stream()
			.filter((assessment) -> assessment.kind() == kind)
			.map(Assessment::familyId)
			.distinct()
			.count();
	}

	private double burdenedShare(AssessmentKind kind, AssessmentItem item) {
		List<Degree> degrees = this.data.assessments()
			.stream()
			.filter((assessment) -> assessment.kind() == kind)
			.flatMap((assessment) -> assessment.items().stream())
			.filter((score) -> score.item() == item)
			.map(AssessmentScore::degree)
			.toList();
		long burdened = degrees.stream().filter((degree) -> degree == Degree.HIGH || degree == Degree.SOME).count();
		return (double) burdened / degrees.size();
	}

	private void assertProfessional(String id, Administration administration, ProfessionalRole role,
			boolean supportTeam) {
		Professional professional = professional(id);
		assertThat(professional.administration()).isEqualTo(administration);
		assertThat(professional.role()).isEqualTo(role);
		assertThat(professional.supportTeam()).isEqualTo(supportTeam);
	}

	private Professional professional(String id) {
		return this.data.professionals()
			.stream()
			.filter((professional) -> professional.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private List<Member> allMembers() {
		return this.data.families().stream().flatMap((family) -> family.members().stream()).toList();
	}

	private static List<String> activeTeam(Family family) {
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.isActiveOn(TODAY))
			.map(TeamMembership::professionalId)
			.toList();
	}

	private static Family family(DemoDataSet data, String id) {
		return data.families().stream().filter((family) -> family.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The newest version of the family's own consent (con-NNN), not a young person's
	 * consent.
	 */
	private static ConsentVersion currentConsentOrNull(DemoDataSet data, String familyId) {
		String consentId = "con-" + familyId.substring(4);
		return data.consents()
			.stream()
			.filter((consent) -> consent.consentId().equals(consentId))
			.max(Comparator.comparingInt(ConsentVersion::version))
			.orElse(null);
	}

	private static ConsentVersion currentConsent(DemoDataSet data, String familyId) {
		ConsentVersion consent = currentConsentOrNull(data, familyId);
		assertThat(consent).isNotNull();
		return consent;
	}

	private static <T> List<String> ids(List<T> documents, Function<T, String> id) {
		return documents.stream().map(id).toList();
	}

}

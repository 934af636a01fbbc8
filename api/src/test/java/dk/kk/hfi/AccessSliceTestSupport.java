package dk.kk.hfi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Answers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dk.kk.hfi.access.KindOwner;
import dk.kk.hfi.access.RecordLocator;
import dk.kk.hfi.assessment.AssessmentRepository;
import dk.kk.hfi.assessment.ExperienceSurveyRepository;
import dk.kk.hfi.audit.AccessLog;
import dk.kk.hfi.audit.AuditRepository;
import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.consent.ConsentService;
import dk.kk.hfi.course.CourseProperties;
import dk.kk.hfi.course.SpyCourseService;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.SignatureMethod;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Household;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.family.MemberLoader;
import dk.kk.hfi.measure.MeasureRepository;
import dk.kk.hfi.measure.MockMeasureService;
import dk.kk.hfi.meeting.MeetingRepository;
import dk.kk.hfi.meeting.MockMeetingService;
import dk.kk.hfi.plan.MockPlanItemService;
import dk.kk.hfi.plan.PlanRepository;
import dk.kk.hfi.plan.PlanService;
import dk.kk.hfi.plan.PlanVersionRepository;
import dk.kk.hfi.professional.MockProfessionalService;
import dk.kk.hfi.professional.ProfessionalLoader;
import dk.kk.hfi.register.RegisterObservationRepository;
import dk.kk.hfi.report.ReportService;
import dk.kk.hfi.system.IdConfiguration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Base of the slice tests of the schema mapping: the schema, every controller and the
 * whole access mechanism (the schema visitor's guards, the access context, the operation
 * policy, the error codes), without HTTP or MongoDB. Every service and repository is a
 * mock, the same set for every slice test so that all of them share one Spring context;
 * families and consents the access mechanism reads come from an in-memory store the test
 * fills ({@link #store(Family)}, {@link #store(ConsentVersion)}).
 */
@GraphQlTest(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
		classes = AccessSliceTestSupport.NotGraphQl.class))
@Import({ MovableClock.Configuration.class, IdConfiguration.class, AccessSliceTestSupport.Mechanism.class })
@MockitoBean(types = { FamilyService.class, FamilyRepository.class, ConsentService.class, ConsentRepository.class,
		ProfessionalRepository.class, AssessmentRepository.class, ExperienceSurveyRepository.class, ChangeFeed.class,
		ReportService.class, PlanService.class, PlanRepository.class, PlanVersionRepository.class,
		AuditRepository.class, AccessLog.class, RegisterObservationRepository.class, MeetingRepository.class,
		MeasureRepository.class })
@SpyCourseService
@MockMeasureService
@MockMeetingService
@MockPlanItemService
@MockProfessionalService
public abstract class AccessSliceTestSupport {

	/** The family's coordinating (and statutory) caseworker. */
	protected static final ProfessionalCaller SOF = new ProfessionalCaller("p-sof", Administration.SOF, false);

	/** The family's job caseworker: statutory, owns employment. */
	protected static final ProfessionalCaller BIF = new ProfessionalCaller("p-bif", Administration.BIF, false);

	/** The family's physiotherapist: owns health. */
	protected static final ProfessionalCaller SUF = new ProfessionalCaller("p-suf", Administration.SUF, false);

	/**
	 * The family's bridge builder: on the core team, neither statutory nor an owner of
	 * most records.
	 */
	protected static final ProfessionalCaller KFF = new ProfessionalCaller("p-kff", Administration.KFF, false);

	/** A professional of the programme's support team, on no core team. */
	protected static final ProfessionalCaller SUPPORT = new ProfessionalCaller("p-support", Administration.SOF, true);

	/** A leader, on no core team. */
	protected static final ProfessionalCaller LEADER = new ProfessionalCaller("p-leader", Administration.SOF, false,
			"LEADER");

	/** An active family {@code f-1} whose core team is the four professionals above. */
	protected static final Family FAMILY = family("f-1",
			team("p-sof", Administration.SOF, ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER),
			team("p-bif", Administration.BIF, ProfessionalRole.JOB_CASEWORKER),
			team("p-suf", Administration.SUF, ProfessionalRole.PHYSIOTHERAPIST),
			team("p-kff", Administration.KFF, ProfessionalRole.BRIDGE_BUILDER));

	@Autowired
	protected WebGraphQlTester graphQlTester;

	@Autowired
	protected MovableClock clock;

	@Autowired
	protected FamilyService familyService;

	@Autowired
	protected FamilyRepository familyRepository;

	@Autowired
	protected ConsentRepository consentRepository;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	protected MongoTemplate mongo;

	private final Map<String, Family> families = new HashMap<>();

	private final Map<String, ConsentVersion> consents = new HashMap<>();

	/**
	 * The access mechanism reads families and consents from the in-memory store; audit
	 * writes go nowhere.
	 */
	@BeforeEach
	void inMemoryStore() {
		given(this.familyRepository.findById(anyString()))
			.willAnswer((call) -> Optional.ofNullable(this.families.get(call.<String>getArgument(0))));
		given(this.consentRepository.findByFamilyIdIn(any())).willAnswer((call) -> {
			Collection<String> ids = call.getArgument(0);
			return this.consents.values().stream().filter((consent) -> ids.contains(consent.familyId())).toList();
		});
		given(this.consentRepository.findTopByConsentIdOrderByVersionDesc(anyString()))
			.willAnswer((call) -> this.consents.values()
				.stream()
				.filter((consent) -> consent.consentId().equals(call.getArgument(0)))
				.max((a, b) -> Integer.compare(a.version(), b.version())));
		given(this.mongo.findOne(any(Query.class), eq(Family.class)))
			.willAnswer((call) -> this.families.get(call.<Query>getArgument(0).getQueryObject().get("_id")));
		given(this.mongo.findOne(any(Query.class), eq(Document.class), eq("families"))).willAnswer((call) -> {
			Object memberId = call.<Query>getArgument(0).getQueryObject().get("members._id");
			return this.families.values()
				.stream()
				.filter((family) -> family.members().stream().anyMatch((member) -> member.id().equals(memberId)))
				.findFirst()
				.map((family) -> new Document("_id", family.id()))
				.orElse(null);
		});
		given(this.mongo.getCollection(any())).willReturn(mock(MongoCollection.class, Answers.RETURNS_DEEP_STUBS));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** The tester, for requests by this caller (as the bearer token would name it). */
	protected WebGraphQlTester as(Caller caller) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null));
		return this.graphQlTester;
	}

	/**
	 * The family {@code f-1} through the query {@code document}, as this caller, verified
	 * free of errors.
	 */
	protected GraphQlTester.Response readFamily(Caller caller, String document) {
		GraphQlTester.Response response = as(caller).documentName(document).variable("id", "f-1").execute();
		response.errors().verify();
		return response;
	}

	/**
	 * The mutation {@code document} with this {@code input}, as this caller; its errors
	 * are the test's to check.
	 */
	protected GraphQlTester.Response mutate(Caller caller, String document, Map<String, Object> input) {
		return as(caller).documentName(document).variable("input", input).execute();
	}

	/** Whether the operation policy refused the request. */
	protected static boolean forbidden(ResponseError error) {
		return "FORBIDDEN".equals(error.getExtensions().get("code"));
	}

	/**
	 * Whether the operation policy refused the operation because it may be run only by
	 * other callers: the message names the operation.
	 */
	protected static Predicate<ResponseError> onlyOthersMayRun(String operation) {
		return (error) -> forbidden(error) && error.getMessage().startsWith(operation + " may be run only by");
	}

	protected Family store(Family family) {
		this.families.put(family.id(), family);
		return family;
	}

	/**
	 * The family in the store, and the family service finds it for the caller (as its
	 * scope would).
	 */
	protected Family serve(Caller caller, Family family) {
		given(this.familyService.find(caller, family.id())).willReturn(store(family));
		return family;
	}

	protected ConsentVersion store(ConsentVersion consent) {
		this.consents.put(consent.id(), consent);
		return consent;
	}

	/**
	 * An active family {@code id} of a mother with custody ({@code id-mother}) and a
	 * child ({@code id-child}), with the given core team.
	 */
	protected static Family family(String id, TeamMembership... coreTeam) {
		LocalDate today = LocalDate.now(MovableClock.COPENHAGEN);
		String motherId = id + "-mother";
		String childId = id + "-child";
		Member mother = new Member(motherId, id, "Mona", "Slice", FamilyRole.MOTHER, "010185-1234",
				LocalDate.of(1985, 1, 1), "12 34 56 78", null, true, true, List.of(), List.of(), List.of());
		Member child = new Member(childId, id, "Milo", "Slice", FamilyRole.CHILD, null, today.minusYears(8), null, null,
				true, false, List.of(motherId), List.of(), List.of());
		return new Family(id, 3L, "Familien Slice", District.NORREBRO,
				new Household("Slicevej 1", "2200", "København N"), List.of(mother, child),
				new Course(CourseStatus.ACTIVE, today.minusDays(60), today.minusDays(30), null, List.of()),
				List.of(coreTeam));
	}

	/** A professional's active membership of a core team. */
	protected static TeamMembership team(String professionalId, Administration administration, ProfessionalRole role) {
		return new TeamMembership(professionalId, administration, role,
				LocalDate.now(MovableClock.COPENHAGEN).minusDays(30), null);
	}

	/**
	 * An active HFI consent by the family's mother for every member, the given categories
	 * to every administration.
	 */
	protected static ConsentVersion consent(Family family, DataCategory... categories) {
		LocalDate today = LocalDate.now(MovableClock.COPENHAGEN);
		String consentId = "con-" + family.id();
		return new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, ConsentState.ACTIVE, List.of(family.members().get(0).id()),
				family.members().stream().map(Member::id).toList(),
				List.of(new Provision(List.of(Administration.values()), List.of(categories), List.of())),
				new Period(today.minusDays(10), today.plusYears(2)), today.minusDays(10), SignatureMethod.MITID,
				"slice", null, java.time.Instant.now(), "slice");
	}

	/**
	 * The web controllers (the client, the demo's sign-in, CSV, errors) are not part of
	 * the GraphQL slice; a controller that wires its data fetchers itself (the reports)
	 * is.
	 */
	static final class NotGraphQl implements TypeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			AnnotationMetadata type = reader.getAnnotationMetadata();
			return type.hasAnnotation(Controller.class.getName()) || type.hasMetaAnnotation(Controller.class.getName())
					? !type.hasAnnotatedMethods(SchemaMapping.class.getName())
							&& !type.hasAnnotatedMethods(BatchMapping.class.getName())
							&& !List.of(type.getInterfaceNames()).contains(RuntimeWiringConfigurer.class.getName())
					: false;
		}

	}

	/**
	 * The access mechanism as the application wires it: the schema visitor and the access
	 * context's interceptor, the record locators and kind owners the operation guards
	 * use, the scalars, cursors and error codes, the batch loaders, the read-only
	 * services; and the web handler that runs the interceptors (a slice has no HTTP).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "dk.kk.hfi", useDefaultFilters = false, includeFilters = {
			@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
					classes = { RecordLocator.class, KindOwner.class, MemberLoader.class, ProfessionalLoader.class }),
			@ComponentScan.Filter(type = FilterType.REGEX, pattern = { "dk\\.kk\\.hfi\\.access\\.AccessConfiguration",
					"dk\\.kk\\.hfi\\.system\\.(ErrorCodeInterceptor|GraphQlScalars|CursorConfiguration)",
					// Services that only read through the mocked repositories run for
					// real, and the course service (spied, see SpyCourseService) whose
					// rules compute the course's fields.
					"dk\\.kk\\.hfi\\.(assessment\\.AssessmentService|register\\.RegisterService|course\\.TimelineService"
							+ "|access\\.DataSubjectAccessReports" + "|course\\.CourseService|course\\.CapacityLedger"
							+ "|plan\\.PlanVoices|change\\.ChangeFeedReader)" }) })
	@EnableConfigurationProperties(CourseProperties.class)
	public static class Mechanism {

		@Bean
		WebGraphQlHandler webGraphQlHandler(ExecutionGraphQlService service,
				ObjectProvider<WebGraphQlInterceptor> interceptors) {
			return WebGraphQlHandler.builder(service).interceptors(interceptors.orderedStream().toList()).build();
		}

		@Bean
		WebGraphQlTester webGraphQlTester(WebGraphQlHandler handler) {
			return WebGraphQlTester.create(handler);
		}

	}

}

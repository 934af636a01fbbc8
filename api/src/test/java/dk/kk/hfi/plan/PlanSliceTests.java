package dk.kk.hfi.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.Family;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The plan's schema mapping: withheld as if none were started without PLAN, read-only
 * with a closed course.
 */
class PlanSliceTests extends AccessSliceTestSupport {

	private static final Plan PLAN = new Plan("plan-1", 2L, "f-1", List.of(), List.of(), List.of(), List.of(),
			Instant.parse("2026-01-02T10:00:00Z"), "p-sof");

	@Autowired
	private PlanService plans;

	@Autowired
	private PlanItemService items;

	@Test
	void thePlanIsWithheldWithoutTheFamilysConsentToPlans() {
		serve(KFF, FAMILY);
		given(this.plans.planOf(List.of(FAMILY))).willReturn(Map.of(FAMILY, PLAN));
		readFamily(KFF, "slice/plan").path("family.plan").valueIsNull();
		store(consent(FAMILY, DataCategory.values()));
		var response = readFamily(KFF, "slice/plan");
		response.path("family.plan.id").entity(String.class).isEqualTo("plan-1");
		response.path("family.plan.updatedAt").entity(String.class).isEqualTo("2026-01-02T10:00:00.000Z");
	}

	@Test
	void aPlanIsStartedOnlyWhileTheCourseIsOpen() {
		store(consent(FAMILY, DataCategory.values()));
		Family closed = new Family("f-1", 4L, FAMILY.name(), FAMILY.district(), FAMILY.household(), FAMILY.members(),
				new Course(CourseStatus.CLOSED, FAMILY.course().referredOn(), FAMILY.course().activatedOn(),
						LocalDate.now(MovableClock.COPENHAGEN), List.of()),
				FAMILY.coreTeam());
		store(closed);
		as(KFF).documentName("slice/startPlan")
			.variable("input", Map.of("familyId", "f-1"))
			.execute()
			.errors()
			.expect((error) -> forbidden(error) && "COURSE_CLOSED".equals(error.getExtensions().get("reason")))
			.verify();
		then(this.items).should(never()).start(any(), any());
		store(FAMILY);
		given(this.items.start(eq(KFF), eq("f-1"))).willReturn(PLAN);
		as(KFF).documentName("slice/startPlan")
			.variable("input", Map.of("familyId", "f-1"))
			.execute()
			.errors()
			.verify()
			.path("startPlan.plan.id")
			.entity(String.class)
			.isEqualTo("plan-1");
	}

}

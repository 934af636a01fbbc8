package dk.kk.hfi.course;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The course's schema mapping: its computed fields, and who may close it or see the
 * programme's capacity.
 */
class CourseSliceTests extends AccessSliceTestSupport {

	@Autowired
	private CourseService courses;

	@Test
	void theCourseFieldsAreComputedFromItsDatesAndTheFollowUpCutoff() {
		serve(KFF, FAMILY);
		given(this.courses.followUpCutoff(LocalDate.now(MovableClock.COPENHAGEN)))
			.willReturn(LocalDate.now(MovableClock.COPENHAGEN).minusDays(20));
		var response = readFamily(KFF, "slice/course");
		response.path("family.course.status").entity(String.class).isEqualTo("ACTIVE");
		response.path("family.course.daysActive").entity(Integer.class).isEqualTo(30);
		response.path("family.course.followUpDue").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void onlyAStatutoryCaseworkerClosesTheCourseAndOnlyTheSupportTeamSeesCapacity() {
		store(FAMILY);
		mutate(KFF, "slice/closeCourse", Map.of("familyId", "f-1", "expectedVersion", 3, "reason", "FAMILY_WITHDREW"))
			.errors()
			.expect(onlyOthersMayRun("closeCourse"))
			.verify();
		then(this.courses).should(never()).close(any(), any());
		as(SOF).documentName("slice/courseCapacity")
			.execute()
			.errors()
			.expect(AccessSliceTestSupport::forbidden)
			.verify();
		then(this.courses).should(never()).overview(any());
	}

}

package dk.kk.hfi.course;

import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.course.CourseInputs.ActivateCourseInput;
import dk.kk.hfi.course.CourseInputs.CloseCourseInput;
import dk.kk.hfi.course.CourseInputs.CoursePayload;
import dk.kk.hfi.course.CourseInputs.StartConsentConversationInput;
import dk.kk.hfi.course.CourseService.CapacityOverview;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseClosingReason;

/**
 * The course's transitions, the programme's capacity and waiting list, and the course's
 * length.
 */
@Controller
class CourseController {

	private final CourseService courses;

	CourseController(CourseService courses) {
		this.courses = courses;
	}

	@MutationMapping
	CoursePayload startConsentConversation(@Argument @Valid StartConsentConversationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new CoursePayload(this.courses.startConsentConversation(caller, input));
	}

	@MutationMapping
	CoursePayload activateCourse(@Argument @Valid ActivateCourseInput input, @AuthenticationPrincipal Caller caller) {
		return new CoursePayload(this.courses.activate(caller, input));
	}

	@MutationMapping
	CoursePayload closeCourse(@Argument @Valid CloseCourseInput input, @AuthenticationPrincipal Caller caller) {
		return new CoursePayload(this.courses.close(caller, input));
	}

	@QueryMapping
	CapacityOverview courseCapacity(@AuthenticationPrincipal Caller caller) {
		return this.courses.overview(caller);
	}

	@SchemaMapping(typeName = "Course")
	@Nullable Integer daysActive(Course course) {
		return this.courses.timeActive(course, ChronoUnit.DAYS);
	}

	@SchemaMapping(typeName = "Course")
	@Nullable Integer monthsActive(Course course) {
		return this.courses.timeActive(course, ChronoUnit.MONTHS);
	}

	@SchemaMapping(typeName = "Course")
	boolean followUpDue(Course course) {
		return this.courses.followUpDue(course);
	}

	@SchemaMapping(typeName = "Course")
	@Nullable CourseClosingReason closingReason(Course course) {
		return CourseService.closingReason(course);
	}

}

package dk.kk.hfi.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;

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
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;

/** The course's transitions, the programme's capacity and waiting list, and the course's length. */
@Controller
class CourseController {

	private final CourseService courses;

	private final Clock clock;

	CourseController(CourseService courses, Clock clock) {
		this.clock = clock;
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
	Integer daysActive(Course course) {
		if (course.activatedOn() == null) {
			return null;
		}
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : LocalDate.now(this.clock);
		return (int) ChronoUnit.DAYS.between(course.activatedOn(), end);
	}

	@SchemaMapping(typeName = "Course")
	Integer monthsActive(Course course) {
		if (course.activatedOn() == null) {
			return null;
		}
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : LocalDate.now(this.clock);
		return (int) ChronoUnit.MONTHS.between(course.activatedOn(), end);
	}

	@SchemaMapping(typeName = "Course")
	boolean followUpDue(Course course) {
		return course.status() == CourseStatus.ACTIVE && course.activatedOn() != null
				&& !course.activatedOn().isAfter(this.courses.followUpCutoff(LocalDate.now(this.clock)));
	}

	@SchemaMapping(typeName = "Course")
	CourseClosingReason closingReason(Course course) {
		List<CourseTransition> transitions = course.transitions();
		for (int i = transitions.size() - 1; i >= 0; i--) {
			if (transitions.get(i).to() == CourseStatus.CLOSED) {
				return transitions.get(i).closingReason();
			}
		}
		return null;
	}

}

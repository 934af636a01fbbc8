package dk.kk.hfi.course;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the course: how many families may be active at a time, and after how many
 * months an active course is flagged for a follow-up.
 */
@ConfigurationProperties("hfi.course")
public record CourseProperties(Integer capacity, Integer followUpAfterMonths) {

	public CourseProperties {
		capacity = (capacity != null) ? capacity : 35;
		followUpAfterMonths = (followUpAfterMonths != null) ? followUpAfterMonths : 12;
		if (capacity < 1 || followUpAfterMonths < 1) {
			throw new IllegalArgumentException("hfi.course.capacity and follow-up-after-months must be positive");
		}
	}

}

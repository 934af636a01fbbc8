package dk.kk.hfi.course;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.family.Family;

/**
 * The course timeline of each family (see {@link TimelineService}), batched per request.
 */
@Controller
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<TimelineEvent>> timeline(List<Family> families) {
		return this.timeline.of(families);
	}

}

package dk.kk.hfi.course;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.professional.ProfessionalLoader;

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

	@SchemaMapping(typeName = "TimelineEvent")
	CompletableFuture<Professional> by(TimelineEvent event, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, event.professionalId());
	}

}

package dk.kk.hfi.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;

/**
 * A version of Familiens Plan as it was before a change replaced it, never changed once
 * written. Its id is the plan's id and version, so writing the same snapshot twice (a
 * retried or racing save) keeps one. The schema shows it as {@code PlanSnapshot}: to a
 * reader it is a past state of the plan, while here it is one of the plan's stored
 * versions, named like {@link PlanVersionRepository} and the {@code planVersions}
 * collection.
 */
@Document("planVersions")
@CompoundIndex(name = "family_version", def = "{'familyId': 1, 'version': -1}")
public record PlanVersion(@Id String id, String planId, String familyId, long version, List<Theme> themes,
		List<Goal> goals, List<PlanAction> actions, List<Voice> voices, @Nullable Instant savedAt,
		@Nullable String savedBy) implements PersonalData {

	public PlanVersion {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		goals = (goals != null) ? List.copyOf(goals) : List.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
		voices = (voices != null) ? List.copyOf(voices) : List.of();
	}

	static PlanVersion of(Plan plan) {
		// Only stored plans are kept as versions, and a stored plan has its version.
		long version = Objects.requireNonNull(plan.version());
		return new PlanVersion(plan.id() + ":" + version, plan.id(), plan.familyId(), version, plan.themes(),
				plan.goals(), plan.actions(), plan.voices(), plan.updatedAt(), plan.updatedBy());
	}

	@Override
	public Set<Administration> owners() {
		return Plan.OWNERS;
	}

	/** Like the plan, a version is about the whole family. */
	@Override
	public List<String> subjectIds() {
		return List.of();
	}

}

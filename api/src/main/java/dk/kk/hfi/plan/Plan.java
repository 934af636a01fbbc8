package dk.kk.hfi.plan;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.SupportTeamRecord;

/** Familiens Plan: one living plan per family. */
@Document("plans")
public record Plan(@Id String id, @Version @Nullable Long version, @Indexed(unique = true) String familyId,
		List<Theme> themes, List<Goal> goals, List<PlanAction> actions, List<Voice> voices, @Nullable Instant updatedAt,
		@Nullable String updatedBy) implements SupportTeamRecord {

	/** The plan is about the whole family. */
	@Override
	public List<String> subjectIds() {
		return List.of();
	}

	public Plan {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		goals = (goals != null) ? List.copyOf(goals) : List.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
		voices = (voices != null) ? List.copyOf(voices) : List.of();
	}

	Plan withThemes(List<Theme> themes) {
		return new Plan(this.id, this.version, this.familyId, themes, this.goals, this.actions, this.voices,
				this.updatedAt, this.updatedBy);
	}

	Plan withGoals(List<Goal> goals) {
		return new Plan(this.id, this.version, this.familyId, this.themes, goals, this.actions, this.voices,
				this.updatedAt, this.updatedBy);
	}

	Plan withActions(List<PlanAction> actions) {
		return new Plan(this.id, this.version, this.familyId, this.themes, this.goals, actions, this.voices,
				this.updatedAt, this.updatedBy);
	}

	Plan withVoices(List<Voice> voices) {
		return new Plan(this.id, this.version, this.familyId, this.themes, this.goals, this.actions, voices,
				this.updatedAt, this.updatedBy);
	}

	Plan touched(Instant at, String by) {
		return new Plan(this.id, this.version, this.familyId, this.themes, this.goals, this.actions, this.voices, at,
				by);
	}

}

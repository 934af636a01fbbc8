package dk.kk.hfi.plan;

import org.jspecify.annotations.Nullable;

/**
 * A theme of the plan in the family's own words; {@code memberId} null for the whole
 * family.
 */
public record Theme(String id, ThemeSection section, @Nullable String memberId, String text,
		@Nullable Long version) implements PlanItem {

	public Theme {
		version = (version != null) ? version : 0L;
	}

	public Theme(String id, ThemeSection section, @Nullable String memberId, String text) {
		this(id, section, memberId, text, 0L);
	}

	@Override
	public Theme withVersion(long version) {
		return new Theme(this.id, this.section, this.memberId, this.text, version);
	}

}

package dk.kk.hfi.plan;

import java.time.LocalDate;

/** What a member said they want: one per member, so the member's id is the item's id. */
public record Voice(String memberId, String said, LocalDate recordedOn, Long version) implements PlanItem {

	public Voice {
		version = (version != null) ? version : 0L;
	}

	public Voice(String memberId, String said, LocalDate recordedOn) {
		this(memberId, said, recordedOn, 0L);
	}

	@Override
	public String id() {
		return this.memberId;
	}

	@Override
	public Voice withVersion(long version) {
		return new Voice(this.memberId, this.said, this.recordedOn, version);
	}

}

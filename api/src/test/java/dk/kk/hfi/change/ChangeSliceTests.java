package dk.kk.hfi.change;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Query;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.family.Family;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The change feed's mapping: a change of a category the caller may not read is left out
 * of the page.
 */
class ChangeSliceTests extends AccessSliceTestSupport {

	@Test
	void aChangeTheCallerMayNotReadIsLeftOut() {
		store(FAMILY);
		given(this.mongo.find(any(Query.class), eq(Family.class))).willReturn(List.of(FAMILY));
		List<ChangeEvent> events = List.of(
				new ChangeEvent("ch-1", "f-1", ChangeKind.TEAM, null, Set.of(), List.of(),
						Instant.parse("2026-01-01T10:00:00Z")),
				new ChangeEvent("ch-2", "f-1", ChangeKind.MEASURE, DataCategory.HEALTH, Set.of(Administration.SUF),
						List.of(), Instant.parse("2026-01-02T10:00:00Z")));
		given(this.mongo.scroll(any(Query.class), eq(ChangeEvent.class)))
			.willReturn(Window.from(events, ScrollPosition::offset, false));
		as(KFF).documentName("slice/changes")
			.execute()
			.errors()
			.verify()
			.path("changes.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("TEAM");
		as(SUF).documentName("slice/changes")
			.execute()
			.errors()
			.verify()
			.path("changes.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("TEAM", "MEASURE");
	}

}

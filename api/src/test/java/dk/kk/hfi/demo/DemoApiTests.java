package dk.kk.hfi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.system.ApplicationClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo's way into the store: a change is judged by the API on the day it happened,
 * gets the ids the demo names, and a refusal stops the seed with the API's own reason.
 */
class DemoApiTests extends GraphQlTestSupport {

	@Autowired
	DemoApi api;

	@Autowired
	ProfessionalRepository professionals;

	@Autowired
	IdGenerator ids;

	@Autowired
	Clock applicationClock;

	@Test
	void aPastChangeIsJudgedOnItsDayAndGetsTheIdsTheDemoNames() {
		LocalDate day = LocalDate.now(MovableClock.COPENHAGEN).minusDays(400);
		Instant at = day.atTime(11, 0).atZone(MovableClock.COPENHAGEN).toInstant();
		Map<String, Object> member = Map.of("firstName", "Aya", "lastName", "Demotest", "role", "MOTHER",
				"custodyHolder", true);
		this.api.mutate(professional(DemoIds.SUPPORT_COORDINATOR), at, "createFamily",
				List.of(Map.of("name", "Familien Demotest", "district", "NORREBRO", "household",
						Map.of("street", "Testvej 1", "postalCode", "2200", "city", "København N"), "members",
						List.of(member))),
				List.of("fam-demo-test", "fam-demo-test-m1"));

		as(DemoIds.SUPPORT_COORDINATOR)
			.document("{ family(id: \"fam-demo-test\") { members { id } course { referredOn transitions { on } } } }")
			.execute()
			.path("family.members[0].id")
			.entity(String.class)
			.isEqualTo("fam-demo-test-m1")
			.path("family.course.referredOn")
			.entity(String.class)
			.isEqualTo(day.toString())
			.path("family.course.transitions[0].on")
			.entity(String.class)
			.isEqualTo(day.toString());
	}

	@Test
	void aChangeTheApiRefusesStopsTheSeedWithTheApisReason() {
		Map<String, Object> relation = Map.of("familyId", "fam-001", "expectedVersion", 0, "memberId",
				DemoIds.memberId("fam-001", 1), "kind", "SIBLING", "relatedMemberId", DemoIds.memberId("fam-001", 2));
		// A professional on no core team: the family is not there for them.
		assertThatIllegalStateException()
			.isThrownBy(() -> this.api.mutate(professional(DemoIds.NO_TEAM_PROFESSIONAL), Instant.now(), "setRelation",
					List.of(relation), List.of()))
			.withMessageStartingWith("The API refused the demo's setRelation by " + DemoIds.NO_TEAM_PROFESSIONAL)
			.withMessageContaining("NOT_FOUND")
			.withMessageNotContaining(DemoIds.memberId("fam-001", 2));
	}

	@Test
	void aChangeThatUsesFewerIdsThanTheDemoNamesIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DemoIdGenerator.handingOut(List.of("a", "b"), () -> this.ids.next("")))
			.withMessageContaining("[b]");
		assertThatIllegalStateException()
			.isThrownBy(() -> DemoIdGenerator.handingOut(List.of(), () -> this.ids.next("")))
			.withMessageContaining("more new ids");
	}

	@Test
	void onlyTheLoadingThreadSeesTheDemosIdsAndMoment() throws Exception {
		Instant past = ZonedDateTime.now(MovableClock.COPENHAGEN).minusYears(2).toInstant();
		AtomicReference<String> elsewhereId = new AtomicReference<>();
		AtomicReference<Instant> elsewhereNow = new AtomicReference<>();
		String here = ApplicationClock.at(past, () -> DemoIdGenerator.handingOut(List.of("known"), () -> {
			CompletableFuture.runAsync(() -> {
				elsewhereId.set(this.ids.next("x-"));
				elsewhereNow.set(this.applicationClock.instant());
			}).join();
			assertThat(this.applicationClock.instant()).isEqualTo(past);
			return this.ids.next("x-");
		}));
		assertThat(here).isEqualTo("known");
		assertThat(elsewhereId.get()).startsWith("x-").isNotEqualTo("known");
		assertThat(elsewhereNow.get()).isAfter(past.plusSeconds(3600));
		assertThat(this.applicationClock.instant()).isAfter(past.plusSeconds(3600));
	}

	private Professional professional(String id) {
		return this.professionals.findById(id).orElseThrow();
	}

}

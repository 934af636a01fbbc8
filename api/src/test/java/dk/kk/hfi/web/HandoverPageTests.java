package dk.kk.hfi.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.SignatureMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** The handover view as a caseworker just added to a family's core team sees it. */
class HandoverPageTests extends BrowserTestSupport {

	@Autowired
	ConsentRepository consents;

	@Test
	void aNewlyAddedCaseworkerCatchesUpOnOnePage() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Overdragelse");
		// A consent sharing everything but health: the newcomer sees HEALTH withheld,
		// with who could give it.
		String consentId = "con-handover-" + family.id();
		this.consents.insert(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				ConsentPurpose.HFI, ConsentState.ACTIVE, List.of(family.mother(), family.father()), family.memberIds(),
				List.of(new Provision(List.of(Administration.values()),
						Arrays.stream(DataCategory.values())
							.filter((category) -> category != DataCategory.HEALTH)
							.toList(),
						List.of())),
				new Period(LocalDate.now().minusDays(10), LocalDate.now().plusYears(2)), LocalDate.now().minusDays(10),
				SignatureMethod.MITID, "test", null, Instant.now(), DemoIds.SOF_CASEWORKER));
		TestCourses.addToTeam(support, family.id(), DemoIds.SOF_CASEWORKER);
		support.document("mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } } }")
			.variable("input",
					Map.of("familyId", family.id(), "kind", "START", "date", LocalDate.now().minusDays(20).toString(),
							"professionalIds", List.of(DemoIds.SUPPORT_COORDINATOR), "memberIds",
							List.of(family.mother()), "decisions", List.of("Familien vil arbejde med morgenerne"),
							"actions",
							List.of(Map.of("description", "Mona ringer til skolen", "memberId", family.mother(), "due",
									LocalDate.now().minusDays(3).toString()))))
			.execute()
			.errors()
			.verify();
		TestCourses.addToTeam(support, family.id(), DemoIds.KFF_LEISURE_CONSULTANT_2);

		signInAs(DemoIds.KFF_LEISURE_CONSULTANT_2);
		go("#/familie/" + family.id() + "/overdragelse");
		WebElement changes = waitFor(By.cssSelector("[data-part=changes]"));
		assertThat(changes.getText()).contains("Dit første besøg");
		assertThat(driver.getTitle()).startsWith("Overdragelse – Familien Overdragelse");
		assertThat(driver.findElement(By.cssSelector("[data-part=team]")).getText())
			.contains(name(support, DemoIds.SOF_CASEWORKER), name(support, DemoIds.KFF_LEISURE_CONSULTANT_2))
			.doesNotContain("Har forladt");
		WebElement overdue = driver.findElement(By.cssSelector("[data-part=plan] .handover__action--overdue"));
		assertThat(overdue.getText()).startsWith("Overskredet:").contains("Mona ringer til skolen");
		assertThat(driver.findElement(By.cssSelector("[data-part=meetings]")).getText())
			.contains("Familien vil arbejde med morgenerne", "Handlingsreferat");
		WebElement health = driver.findElement(By.cssSelector("[data-part=withheld] [data-category=HEALTH]"));
		assertThat(health.getText()).contains("Helbred").contains("Kan gives af: ").contains("Mona");
		assertThat(driver.findElements(By.cssSelector("[data-part=withheld] [data-category]"))).hasSize(1);
		assertAccessible("handover");
		fullScreenshot("10-handover-1280", 1280);
		fullScreenshot("10-handover-390", 390);

		go("#/familie/" + family.id());
		waitFor(By.id("section-members"));
		go("#/familie/" + family.id() + "/overdragelse");
		waitForText(By.cssSelector("[data-part=changes]"), "Intet nyt siden");
	}

	private static String name(HttpGraphQlTester tester, String professionalId) {
		return tester.document("query($id: ID!) { professional(id: $id) { name } }")
			.variable("id", professionalId)
			.execute()
			.path("professional.name")
			.entity(String.class)
			.get();
	}

}

package dk.kk.hfi.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent form: the server's reasons at the right field, custody per child, withdrawn
 * consents greyed.
 */
class ConsentFormTests extends BrowserTestSupport {

	private static final List<String> REASONS = List.of("Et barn under 15 år kan ikke selv give samtykke",
			"ingen registreret forældremyndighed", "Alle med forældremyndighed", "skal selv give samtykke",
			"ikke medlem af familien");

	@Test
	void aRefusedGrantorIsMarkedWithTheServersReasonAndCustodyIsSetPerChild() {
		String familyId = TestCourses.refer(as(DemoIds.SUPPORT_COORDINATOR), "Familien Samtykkeform").id();
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		go("#/familie/" + familyId + "/samtykke");
		waitFor(By.xpath("//button[text()='Registrér nyt samtykke']")).click();
		for (WebElement box : driver.findElements(By.cssSelector("fieldset[data-name=grantorIds] input:checked"))) {
			box.click();
		}
		// Only the 11-year-old child as grantor: the server refuses, and says why at the
		// grantors.
		driver.findElement(By.xpath("//fieldset[@data-name='grantorIds']//label[starts-with(text(), 'Ali')]")).click();
		driver.findElement(By.xpath("//button[text()='Registrér samtykke']")).click();
		WebElement error = waitFor(By.cssSelector("fieldset[data-name=grantorIds] .field-error:not([hidden])"));
		assertThat(REASONS).anyMatch((reason) -> error.getText().contains(reason));
		assertThat(driver.findElement(By.cssSelector("fieldset[data-name=grantorIds]")).getAttribute("class"))
			.contains("invalid");
		assertThat(driver.findElement(By.cssSelector(".record__feedback")).getText())
			.contains("Ret de markerede felter");
		screenshot("18-consent-refused-grantor");

		WebElement custody = driver.findElement(By.cssSelector(".custody form"));
		for (WebElement label : custody.findElements(By.cssSelector("label"))) {
			boolean parent = label.getText().startsWith("Mona") || label.getText().startsWith("Omar");
			if (parent && !driver.findElement(By.id(label.getAttribute("for"))).isSelected()) {
				label.click();
			}
		}
		custody.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement done = waitFor(By.cssSelector(".status-success"));
		assertThat(done.getText()).isEqualTo("Forældremyndigheden for Ali er gemt.");
		assertThat(driver.switchTo().activeElement()).isEqualTo(done);
		assertThat(driver.findElements(By.cssSelector(".custody form input:checked"))).hasSize(2);
		assertThat(driver.findElement(By.cssSelector(".custody__now")).getText()).startsWith("Registreret fra");
	}

	@Test
	void aConsentTheCallerMayNotRecordSaysWhichOfTheFamilysDataItNeeds() {
		// The family's consent keeps age and CPR from BUF: BUF's support-team health
		// visitor may not record a consent (who may grant follows age), and is told why.
		FamilyFixture family = FamilyFixture.create(as(DemoIds.SOF_CASEWORKER), "Familien Uden Samtykkeadgang");
		family.consentSinceYesterday(as(DemoIds.SOF_CASEWORKER), FamilyFixture.allCategoriesBut("IDENTITY"));
		signInAs(DemoIds.BUF_SUPPORT_HEALTH_VISITOR);
		go("#/familie/" + family.familyId + "/samtykke");
		waitFor(By.xpath("//button[text()='Registrér nyt samtykke']")).click();
		WebElement mother = driver
			.findElement(By.xpath("//fieldset[@data-name='grantorIds']//label[starts-with(text(), 'Mona')]"));
		if (!driver.findElement(By.id(mother.getAttribute("for"))).isSelected()) {
			mother.click();
		}
		driver.findElement(By.xpath("//button[text()='Registrér samtykke']")).click();
		WebElement feedback = waitFor(By.cssSelector(".record__feedback .status-error"));
		assertThat(feedback.getText()).contains("Du har ikke adgang til dette").contains("«CPR og fødselsdato»");
	}

	@Test
	void aWithdrawnConsentIsGreyAndNamedByWhoGaveItAndWhen() {
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		go("#/familie/" + DemoIds.FAMILY_CONSENT_WITHDRAWN + "/samtykke");
		WebElement card = waitFor(By.cssSelector(".consent-card"));
		assertThat(card.getAttribute("class")).contains("consent-card--inactive");
		assertThat(card.findElement(By.cssSelector(".consent-grid")).getAttribute("class"))
			.contains("consent-grid--inactive");
		String heading = card.findElement(By.cssSelector("h2")).getText();
		assertThat(heading).startsWith("Samtykke fra ").doesNotContain(card.getAttribute("data-consent-id"));
		String permitted = card.findElement(By.cssSelector(".consent-grid__cell--permitted"))
			.getCssValue("background-color");
		assertThat(permitted).isNotEqualTo("rgba(230, 244, 234, 1)");
	}

	@Test
	void whoGaveAConsentIsAMarkerForWhomMayNotReadCustody() {
		// fam-003 withdrew its consent: BUF reads neither custody nor age, so not who
		// granted (which tells both). The card says "from the family", and where the
		// grantors would be is the marker, on the consents page and the overview.
		signInAs(DemoIds.BUF_HEALTH_VISITOR);
		go("#/familie/" + DemoIds.FAMILY_CONSENT_WITHDRAWN + "/samtykke");
		waitFor(By.cssSelector(".consent-card"));
		List<WebElement> cards = driver.findElements(By.cssSelector(".consent-card"));
		assertThat(cards).isNotEmpty().allSatisfy((card) -> {
			assertThat(card.findElement(By.cssSelector("h2")).getText()).startsWith("Samtykke fra familien,");
			WebElement by = card.findElement(By.xpath(".//dt[text()='Givet af']/following-sibling::dd[1]"));
			assertThat(by.findElements(By.cssSelector(".consent-marker[data-category=FAMILY_RELATIONS]"))).hasSize(1);
		});

		go("#/familie/" + DemoIds.FAMILY_CONSENT_WITHDRAWN);
		waitFor(By.cssSelector(".consent-summary"));
		assertThat(driver.findElements(By.cssSelector(".consent-summary"))).isNotEmpty()
			.allSatisfy((summary) -> assertThat(
					summary.findElements(By.cssSelector(".consent-marker[data-category=FAMILY_RELATIONS]")))
				.hasSize(1));
	}

}

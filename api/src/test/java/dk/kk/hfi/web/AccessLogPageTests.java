package dk.kk.hfi.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log names the professionals and pages through every entry, saying when there
 * are more.
 */
class AccessLogPageTests extends BrowserTestSupport {

	@Test
	void callersAreNamedAndTheLogIsPaged() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien Adgangslog").id();
		for (int i = 0; i < 55; i++) {
			support.document("query($id: ID!) { family(id: $id) { members { firstName } } }")
				.variable("id", familyId)
				.execute()
				.errors()
				.verify();
		}
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		go("#/familie/" + familyId + "/adgangslog");
		waitFor(By.cssSelector(".access-log"));
		String professional = driver.findElement(By.cssSelector("[data-testid=signed-in-name]")).getText();
		assertThat(driver.findElements(By.cssSelector(".access-log tbody tr"))).hasSize(50);
		for (WebElement caller : driver.findElements(By.cssSelector(".access-log td[data-caller-id]"))) {
			assertThat(caller.getText()).doesNotStartWith("prof-").contains(professional);
		}
		assertThat(driver.findElement(By.cssSelector("[data-testid=access-log-range]")).getText())
			.isEqualTo("Viser 1–50 (der er flere)");
		driver.findElement(By.xpath("//button[text()='Næste side']")).click();
		waitForText(By.cssSelector("[data-testid=access-log-range]"), "Viser 51–");
		assertThat(driver.findElements(By.cssSelector(".access-log tbody tr")).size()).isGreaterThanOrEqualTo(5);
		assertAccessible("access log, page 2");
	}

}

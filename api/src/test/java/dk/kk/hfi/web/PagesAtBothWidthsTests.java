package dk.kk.hfi.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page at a desktop (1280 × 800) and a phone (390 × 844) width: no WCAG 2.1 AA
 * violation (axe-core), no horizontal scrolling of the page, readable chart labels, a tab
 * title naming the page, and a screenshot of each.
 */
class PagesAtBothWidthsTests extends BrowserTestSupport {

	private static final String LONG_WORD = "Familiebehandlingsforløbskoordineringsmødeaftalerne".repeat(3);

	@Test
	void everyPageIsAccessibleAndFitsAPhone() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien " + LONG_WORD.substring(0, 90)).id();
		support.document("mutation($input: SavePlanInput!) { savePlan(input: $input) { plan { id } } }")
			.variable("input",
					Map.of("familyId", familyId, "themes", List.of(), "voices", List.of(), "actions", List.of(),
							"goals",
							List.of(Map.of("text", "Et langt ord: " + LONG_WORD, "administrationGoal", "SOF"))))
			.execute()
			.errors()
			.verify();

		for (int[] size : new int[][] { { 1280, 800 }, { 390, 844 } }) {
			driver.manage().window().setSize(new Dimension(size[0], size[1]));
			driver.executeScript("sessionStorage.clear()");
			open("/");
			waitFor(By.id("sign-in-heading"));
			check("01-sign-in", size, "Log ind");
			signInAs(DemoIds.SUPPORT_COORDINATOR);
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("02-my-families", "#/");
			pages.put("03-family-overview", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH);
			pages.put("03-handover", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "/overdragelse");
			pages.put("03-meetings", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "/moeder");
			pages.put("04-consents", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHDRAWN + "/samtykke");
			pages.put("05-plan", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "/plan");
			pages.put("06-plan-long-word", "#/familie/" + familyId + "/plan");
			pages.put("07-plan-print", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "/plan/udskriv");
			pages.put("08-access-log", "#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "/adgangslog");
			pages.put("09-reports", "#/rapporter");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				go(page.getValue());
				waitUntilLoaded();
				if (page.getKey().equals("09-reports")) {
					waitFor(By.cssSelector("article.report svg"));
				}
				check(page.getKey(), size, null);
			}
			if (size[0] == 390) {
				// Chart labels keep a readable size on the phone.
				Number labelHeight = (Number) driver.executeScript(
						"return document.querySelector('.report-chart__bar-label').getBoundingClientRect().height");
				assertThat(labelHeight.doubleValue()).as("chart label height at 390 px").isGreaterThanOrEqualTo(11);
			}
			driver.findElement(By.xpath("//button[text()='Log ud']")).click();
			waitFor(By.id("sign-in-heading"));
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private void check(String name, int[] size, String title) {
		String page = name + " at " + size[0] + " px";
		if (size[0] == 390) {
			assertThat(horizontalOverflow())
				.as(() -> "horizontal page scroll on " + page + ", widest: "
						+ driver.executeScript(
								"""
										const w = document.documentElement.clientWidth;
										return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1)
										  .slice(0, 6).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
										"""))
				.isZero();
		}
		assertThat(driver.getTitle()).as("title of " + page).endsWith("HFI Familiegraf");
		if (title != null) {
			assertThat(driver.getTitle()).startsWith(title);
		}
		assertAccessible(page);
		fullScreenshot(name + "-" + size[0], size[0]);
		driver.manage().window().setSize(new Dimension(size[0], size[1]));
	}

	private void waitUntilLoaded() {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.cssSelector("main h1")).size() > 0
					&& d.findElements(By.cssSelector("main .status-loading")).isEmpty());
	}

}

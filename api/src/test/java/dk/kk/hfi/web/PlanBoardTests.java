package dk.kk.hfi.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan board as a working document: no lost work, item-level saves, keyboard use. */
class PlanBoardTests extends BrowserTestSupport {

	@Test
	void aNetworkFailureNeverMakesThePlanReadOnlyAndASaveCanBeRetried() {
		String familyId = familyWithGoals("Familien Netværk");
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		failNextRequest("__schema");
		go("#/familie/" + familyId + "/plan");
		WebElement error = waitFor(By.cssSelector("main .status-error"));
		assertThat(error.getText()).contains("Kunne ikke få forbindelse");
		error.findElement(By.cssSelector("button.status-error__retry")).click();
		waitFor(By.cssSelector(".plan-column[data-column=family] .plan-column__add")).click();

		WebElement editor = waitFor(By.cssSelector(".plan-column[data-column=family] .plan-editor"));
		editor.findElement(By.name("text")).sendKeys("Familien går en tur sammen hver søndag");
		failNextRequest("savePlanGoal");
		editor.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement failed = waitFor(By.cssSelector(".plan-editor .status-error"));
		assertThat(driver.findElement(By.cssSelector(".plan-editor textarea[name=text]")).getAttribute("value"))
			.isEqualTo("Familien går en tur sammen hver søndag");
		failed.findElement(By.cssSelector("button.status-error__retry")).click();
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");
		assertThat(goalTexts()).contains("Familien går en tur sammen hver søndag");
		assertThat(driver.findElement(By.cssSelector(".plan-board__meta")).getText()).doesNotContain("kun læses");
	}

	@Test
	void aSessionThatExpiresMidEditKeepsTheTextAndReturnsToThePage() {
		String familyId = familyWithGoals("Familien Udløbet");
		submitANewGoalOnceTheSessionHasExpired(familyId, "Mor og Ali laver lektier sammen om tirsdagen");
		assertThat(waitFor(By.cssSelector(".sign-in .status-error")).getText()).contains("Log ind igen");
		assertThat(browserErrors()).allMatch((entry) -> entry.contains("401"));

		By restored = By.cssSelector(".plan-column[data-column=family] .plan-editor textarea[name=text]");
		signInAgainAs(DemoIds.SUPPORT_COORDINATOR, restored);
		WebElement text = waitFor(restored);
		assertThat(driver.getCurrentUrl()).endsWith("#/familie/" + familyId + "/plan");
		assertThat(text.getAttribute("value")).isEqualTo("Mor og Ali laver lektier sammen om tirsdagen");
		driver.findElement(By.cssSelector(".plan-editor button[type=submit]")).click();
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");
		assertThat(goalTexts()).contains("Mor og Ali laver lektier sammen om tirsdagen");
		assertNoDraftKept();
	}

	@Test
	void anotherProfessionalSigningInAfterATimeoutNeverSeesTheUnsavedText() {
		String familyId = familyWithGoals("Familien Andens Udkast");
		submitANewGoalOnceTheSessionHasExpired(familyId, "Kun koordinatoren skrev dette");
		waitFor(By.cssSelector(".sign-in .status-error"));
		assertThat(browserErrors()).allMatch((entry) -> entry.contains("401"));
		By board = By.cssSelector(".plan-column[data-column=family]");
		signInAgainAs(DemoIds.SOF_SPECIALIST, board);
		waitFor(board);
		assertThat(driver.getPageSource()).doesNotContain("Kun koordinatoren skrev dette");
		assertNoDraftKept();
	}

	@Test
	void twoTabsEditingDifferentItemsBothLand() {
		String familyId = familyWithGoals("Familien To Faner");
		openPlanAsSupportCoordinator(familyId);
		waitFor(By.cssSelector(".plan-goal"));
		String first = driver.getWindowHandle();

		driver.switchTo().newWindow(WindowType.TAB);
		open("/");
		openPlanAsSupportCoordinator(familyId);
		editGoal(0, "Mor får ro om morgenen hver dag");
		driver.close();

		driver.switchTo().window(first);
		// This tab still shows the plan as it was before the other tab's save.
		assertThat(goalTexts()).doesNotContain("Mor får ro om morgenen hver dag");
		editGoal(1, "Ali kommer i skole hver dag, også om mandagen");
		assertThat(goalTexts()).contains("Mor får ro om morgenen hver dag",
				"Ali kommer i skole hver dag, også om mandagen");
		assertThat(driver.findElements(By.cssSelector(".plan-editor .status-error"))).isEmpty();
	}

	@Test
	void thePlanBoardWorksWithTheKeyboardAloneAndSavesAStatusOnlyOnPurpose() {
		String familyId = familyWithGoals("Familien Tastatur");
		openPlanAsSupportCoordinator(familyId);
		waitFor(By.cssSelector(".plan-goal"));
		driver.findElement(By.cssSelector("main")).click();

		tabUntil((element) -> "goal:new:family".equals(element.getAttribute("data-focus-key")), 80)
			.sendKeys(Keys.ENTER);
		WebElement text = driver.switchTo().activeElement();
		assertThat(text.getAttribute("name")).isEqualTo("text");
		text.sendKeys("Vi spiser morgenmad sammen");
		tabUntil((element) -> "submit".equals(element.getAttribute("type")), 5).sendKeys(Keys.ENTER);
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");
		// Focus stays where the user was, not on the page body.
		assertThat(driver.switchTo().activeElement().getAttribute("data-focus-key")).isEqualTo("goal:new:family");

		String version = driver.findElement(By.cssSelector(".plan-board__meta")).getText();
		WebElement status = tabUntil((element) -> "status".equals(element.getAttribute("name")), 80);
		String actionKey = status.getAttribute("data-focus-key");
		status.sendKeys(Keys.ARROW_DOWN);
		status.sendKeys(Keys.ARROW_DOWN);
		assertThat(waitFor(By.cssSelector("[data-focus-key='" + actionKey + "'] ~ .plan-action__feedback .unsaved"))
			.getText()).isEqualTo("Ikke gemt");
		assertThat(driver.findElement(By.cssSelector(".plan-board__meta")).getText()).isEqualTo(version);
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement save = driver.switchTo().activeElement();
		assertThat(save.getAttribute("name")).isEqualTo("save-status");
		save.sendKeys(Keys.ENTER);
		waitForText(By.cssSelector(".plan-board__announcer"), "Status er gemt");
		assertThat(driver.switchTo().activeElement().getAttribute("data-focus-key")).isEqualTo(actionKey);

		// Every button says what it acts on.
		@SuppressWarnings("unchecked")
		List<String> names = (List<String>) driver.executeScript(
				"return [...document.querySelectorAll('.plan-board button')].map((b) => b.textContent.trim())");
		assertThat(names).doesNotHaveDuplicates();
		assertThat(names).anyMatch((name) -> name.startsWith("Redigér mål “"))
			.anyMatch((name) -> name.startsWith("Tilføj aftale til målet “"));
		assertAccessible("plan board after editing");
	}

	@Test
	void anEditorSaysWhatIsMissingAndFocusesItsFieldInsteadOfSaving() {
		String familyId = familyWithGoals("Familien Mangler");
		openPlanAsSupportCoordinator(familyId);
		waitFor(By.cssSelector(".plan-goal"));
		String version = driver.findElement(By.cssSelector(".plan-board__meta")).getText();
		waitFor(By.cssSelector(".plan-column[data-column=family] .plan-column__add")).click();
		WebElement goalEditor = waitFor(By.cssSelector(".plan-column[data-column=family] .plan-editor"));
		goalEditor.findElement(By.name("text")).sendKeys("   ");
		goalEditor.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".plan-editor .status-error")).getText()).isEqualTo("Skriv målet.");
		assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("text");

		WebElement goal = waitFor(By.cssSelector(".plan-goal[data-goal-id=g-1]"));
		goal.findElement(By.cssSelector("[data-focus-key='action:new:g-1']")).click();
		WebElement actionEditor = waitFor(By.cssSelector(".plan-goal[data-goal-id=g-1] .plan-editor"));
		actionEditor.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".plan-goal[data-goal-id=g-1] .plan-editor .status-error")).getText())
			.isEqualTo("Skriv hvad der skal gøres.");
		assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("description");
		actionEditor.findElement(By.name("description")).sendKeys("Mor ringer til skolen");
		actionEditor.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText(By.cssSelector(".plan-goal[data-goal-id=g-1] .plan-editor .status-error"),
				"Vælg hvem der gør det.");
		assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("who");
		// Nothing was sent: the plan is still at the version it was opened at.
		assertThat(driver.findElement(By.cssSelector(".plan-board__meta")).getText()).isEqualTo(version);
		assertThat(goalTexts()).containsExactly("Mor får ro om morgenen", "Ali kommer i skole");
	}

	@Test
	void aTeamMemberWhoMayNotReadTheMeetingsIsOfferedToCancelActionsNotToRemoveThem() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.withMeetingsHidden(sof, "Familien Kun Plan");

		By statusSelects = By.cssSelector(".plan-action__status select");
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		go("#/familie/" + family.familyId + "/plan");
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(statusSelects, 3));
		assertThat(actionButtons()).isNotEmpty().noneMatch((name) -> name.startsWith("Slet aftale"));

		freshSession();
		signInAs(DemoIds.SOF_CASEWORKER);
		go("#/familie/" + family.familyId + "/plan");
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(statusSelects, 3));
		assertThat(actionButtons()).filteredOn((name) -> name.startsWith("Slet aftale"))
			.containsExactly("Slet aftale “Mor sætter vækkeuret”");
	}

	@Test
	void aClosedCoursesPlanIsReadOnly() {
		String familyId = familyWithGoals("Familien Afsluttet");
		TestCourses.transition(as(DemoIds.SUPPORT_COORDINATOR), "closeCourse", familyId, Map.of("reason", "OTHER"))
			.errors()
			.verify();
		openPlanAsSupportCoordinator(familyId);
		waitFor(By.cssSelector(".plan-goal"));
		assertThat(driver.findElement(By.cssSelector(".plan-board__meta")).getText())
			.contains("Forløbet er afsluttet: planen kan kun læses.");
		assertThat(driver.findElements(By.cssSelector(".plan-board button"))).isEmpty();
	}

	private void openPlanAsSupportCoordinator(String familyId) {
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		go("#/familie/" + familyId + "/plan");
	}

	/**
	 * Opens the family's plan as the support coordinator and submits a new goal for the
	 * whole family with the text, after the client's token has expired.
	 */
	private void submitANewGoalOnceTheSessionHasExpired(String familyId, String text) {
		openPlanAsSupportCoordinator(familyId);
		waitFor(By.cssSelector(".plan-column[data-column=family] .plan-column__add")).click();
		WebElement editor = waitFor(By.cssSelector(".plan-column[data-column=family] .plan-editor"));
		editor.findElement(By.name("text")).sendKeys(text);
		driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/api.js').then((api) => { api.setToken('expired'); done(); });
				""");
		editor.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/**
	 * Signs in again from the client's sign-in form: through the authorization server's
	 * page (code + PKCE) unless its session still holds the professional.
	 */
	private void signInAgainAs(String professionalId, By returnedTo) {
		new Select(waitFor(By.cssSelector(".sign-in__form select"))).selectByValue(professionalId);
		driver.findElement(By.cssSelector(".sign-in__form button[type=submit]")).click();
		By providerPage = By.cssSelector("form.demo-sign-in button[type=submit]");
		if (reachesProviderPage(providerPage, returnedTo)) {
			driver.findElement(providerPage).click();
		}
	}

	private void assertNoDraftKept() {
		assertThat(driver.executeScript("return Object.keys(sessionStorage).filter((k) => k.startsWith('hfi.draft.'))"))
			.asList()
			.isEmpty();
	}

	private void editGoal(int index, String text) {
		WebElement goal = waitFor(
				By.cssSelector(".plan-column[data-column=family] .plan-goal:nth-of-type(" + (index + 1) + ")"));
		String id = goal.getAttribute("data-goal-id");
		goal.findElement(By.cssSelector("[data-focus-key='edit:" + id + "']")).click();
		WebElement area = waitFor(By.cssSelector(".plan-editor textarea[name=text]"));
		area.clear();
		area.sendKeys(text);
		driver.findElement(By.cssSelector(".plan-editor button[type=submit]")).click();
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");
	}

	private List<String> actionButtons() {
		List<String> names = new ArrayList<>();
		driver.findElements(By.cssSelector(".plan-action button"))
			.forEach((button) -> names.add(button.getDomProperty("textContent").strip()));
		return names;
	}

	private List<String> goalTexts() {
		List<String> texts = new ArrayList<>();
		driver.findElements(By.cssSelector(".plan-goal h3")).forEach((h3) -> texts.add(h3.getText()));
		return texts;
	}

	/**
	 * A referred family with a plan of two goals for the whole family, one with an
	 * action.
	 */
	private String familyWithGoals(String name) {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, name);
		support.document("mutation($input: SavePlanInput!) { savePlan(input: $input) { plan { id } } }")
			.variable("input",
					Map.of("familyId", family.id(), "themes", List.of(), "voices", List.of(), "goals",
							List.of(Map.of("id", "g-1", "text", "Mor får ro om morgenen", "administrationGoal", "SOF"),
									Map.of("id", "g-2", "text", "Ali kommer i skole", "administrationGoal", "BUF")),
							"actions",
							List.of(Map.of("goalId", "g-2", "description", "Mor følger Ali i skole", "memberId",
									family.mother()))))
			.execute()
			.errors()
			.verify();
		return family.id();
	}

}

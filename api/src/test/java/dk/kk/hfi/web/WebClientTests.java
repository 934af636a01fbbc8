package dk.kk.hfi.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.graphql.test.tester.GraphQlTester;

import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static client in a real browser: sign-in, families, consent markers, consents, the
 * plan and its print.
 */
class WebClientTests extends BrowserTestSupport {

	@Test
	void bifCaseworkerSeesConsentMarkersInsteadOfHealthData() {
		screenshot("01-sign-in");
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(waitFor(By.cssSelector("[data-testid=signed-in-name]")).getText()).isEqualTo("Thomas Lindberg");
		assertThat(driver.getCurrentUrl()).doesNotContain("token").doesNotContain("eyJ");
		screenshot("02-my-families");

		driver.findElement(By.cssSelector("tr[data-family-id='" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH + "'] a"))
			.click();
		waitFor(By.id("section-measures"));
		List<WebElement> markers = driver
			.findElements(By.cssSelector(".measures .consent-marker[data-category=HEALTH]"));
		assertThat(markers).isNotEmpty()
			.allSatisfy((marker) -> assertThat(marker.getText()).contains("Kræver samtykke: Helbred")
				.contains("Samtykket omfatter ikke dette"));
		assertThat(driver.findElement(By.cssSelector(".hidden-summary")).getText()).contains("Kræver samtykke: Helbred")
			.contains("BIF");
		// BIF's statutory data stays visible: the CPR numbers.
		assertThat(driver.findElements(By.cssSelector(".members td[data-field=cpr]")))
			.allSatisfy((cell) -> assertThat(cell.getText()).matches("\\d{6}-\\d{4}"));
		assertThat(
				driver.findElement(By.cssSelector(".consent-grid__cell[data-administration=BIF][data-category=HEALTH]"))
					.getText())
			.isEqualTo("Undtaget");
		fullScreenshot("03-family-overview", 1280);
		fullScreenshot("03-family-overview-768", 768);
	}

	@Test
	void familiesAreSearchedAndPaged() {
		signInAs(DemoIds.KFF_BRIDGE_BUILDER);
		assertThat(rows()).hasSize(10);
		String first = rows().get(0).getAttribute("data-family-id");
		driver.findElement(By.xpath("//button[text()='Næste side']")).click();
		waitForText(By.cssSelector(".pager__page"), "Side 2");
		assertThat(rows()).hasSize(10).noneMatch((row) -> first.equals(row.getAttribute("data-family-id")));

		WebElement search = driver.findElement(By.cssSelector("input[type=search]"));
		search.sendKeys("Warsame");
		driver.findElement(By.cssSelector(".family-list__search button")).click();
		waitForText(By.cssSelector(".pager__page"), "Side 1");
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until((d) -> rows().size() == 1);
		assertThat(rows().get(0).getText()).contains("Familien Warsame");
	}

	@Test
	void withdrawalAsksForConfirmationAndCanBeCancelled() {
		openFamilyAs(DemoIds.SOF_CASEWORKER, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH, "/samtykke");
		waitFor(By.cssSelector(".consent-card"));
		fullScreenshot("04-consents", 1280);

		driver.findElement(By.xpath("//button[text()='Tilbagekald samtykke']")).click();
		driver.findElement(By.xpath("//label[text()='En del af samtykket']")).click();
		driver.findElement(By.xpath("//fieldset[@data-name='categories']//label[text()='Skole og dagtilbud']")).click();
		driver.findElement(By.xpath("//button[text()='Gå videre']")).click();
		WebElement dialog = waitFor(By.cssSelector("dialog.confirm-dialog"));
		assertThat(dialog.getText()).contains("Bekræft tilbagekaldelse").contains("Skole og dagtilbud");
		screenshot("05-withdraw-confirmation");
		dialog.findElement(By.xpath(".//button[text()='Fortryd']")).click();
		waitUntilGone(By.cssSelector("dialog.confirm-dialog"));
		assertThat(driver.findElement(By.cssSelector(".consent-card .consent-status")).getText()).isEqualTo("Gældende");
	}

	@Test
	void recordingAConsentShowsErrorsNextToTheFields() {
		openFamilyAs(DemoIds.SOF_CASEWORKER, DemoIds.FAMILY_NO_CONSENT, "/samtykke");
		waitFor(By.xpath("//button[text()='Registrér nyt samtykke']")).click();
		for (WebElement box : driver.findElements(By.cssSelector("fieldset[data-name=grantorIds] input:checked"))) {
			box.click();
		}
		driver.findElement(By.xpath("//button[text()='Registrér samtykke']")).click();
		WebElement error = waitFor(By.cssSelector(".field-error:not([hidden])"));
		assertThat(error.getText()).isEqualTo("Vælg mindst én, der giver samtykket.");
		WebElement grantors = driver.findElement(By.cssSelector("fieldset[data-name=grantorIds]"));
		assertThat(grantors.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
		fullScreenshot("06-record-consent", 1280);
	}

	@Test
	void withdrawnConsentHidesDataFromAnotherAdministrationOnReload() {
		// A generated family (not one the other tests rely on) whose only consent lets
		// KFF see the CPR numbers.
		String[] family = familyWithConsentForKffAndSofCaseworker();
		String familyId = family[0];
		String sofCaseworker = family[1];

		openFamilyAs(DemoIds.KFF_BRIDGE_BUILDER, familyId, "");
		waitFor(By.id("section-members"));
		assertThat(driver.findElements(By.cssSelector(".members td[data-field=cpr] .consent-marker"))).isEmpty();

		signOut();
		openFamilyAs(sofCaseworker, familyId, "/samtykke");
		waitFor(By.xpath("//button[text()='Tilbagekald samtykke']")).click();
		driver.findElement(By.xpath("//button[text()='Gå videre']")).click();
		waitFor(By.cssSelector("dialog.confirm-dialog")).findElement(By.xpath(".//button[text()='Ja, tilbagekald']"))
			.click();
		waitForText(By.cssSelector(".status-success"), "Samtykket er tilbagekaldt.");
		assertThat(driver.findElement(By.cssSelector(".consent-card .consent-status")).getText())
			.isEqualTo("Tilbagekaldt");

		signOut();
		openFamilyAs(DemoIds.KFF_BRIDGE_BUILDER, familyId, "");
		waitFor(By.id("section-members"));
		assertThat(driver.findElements(By.cssSelector(".members td[data-field=cpr] .consent-marker"))).isNotEmpty()
			.allSatisfy((marker) -> assertThat(marker.getText()).contains("Kræver samtykke: CPR og fødselsdato")
				.contains("Samtykket er tilbagekaldt"));
		fullScreenshot("07-after-withdrawal", 1280);
	}

	/** {familyId, professionalId of its SOF child-and-youth caseworker}. */
	@SuppressWarnings("unchecked")
	private String[] familyWithConsentForKffAndSofCaseworker() {
		String kffToken = token("{\"professionalId\":\"" + DemoIds.KFF_BRIDGE_BUILDER + "\"}");
		GraphQlTester.Response families = withToken(kffToken).document("""
				{ families(first: 100) { edges { node { id
				  consents { status }
				  coreTeam { active role professional { id administration } } } } } }""").execute();
		for (Map<String, Object> family : objects(families, "families.edges[*].node")) {
			String id = (String) family.get("id");
			List<Map<String, Object>> consents = (List<Map<String, Object>>) family.get("consents");
			if (id.compareTo("fam-005") <= 0 || consents.size() != 1
					|| !"ACTIVE".equals(consents.get(0).get("status"))) {
				continue;
			}
			String sof = ((List<Map<String, Object>>) family.get("coreTeam")).stream()
				.filter((m) -> Boolean.TRUE.equals(m.get("active"))
						&& "CHILD_AND_YOUTH_CASEWORKER".equals(m.get("role")))
				.map((m) -> (Map<String, Object>) m.get("professional"))
				.filter((p) -> "SOF".equals(p.get("administration")))
				.map((p) -> (String) p.get("id"))
				.findFirst()
				.orElse(null);
			String cpr = post("/graphql", "{\"query\":\"{ family(id: \\\"" + id + "\\\") { members { cpr } } }\"}",
					kffToken)
				.body();
			if (sof != null && !cpr.contains("CONSENT_REQUIRED")) {
				return new String[] { id, sof };
			}
		}
		throw new IllegalStateException("No demo family with a consent letting KFF see CPR and a SOF caseworker");
	}

	@Test
	void planEditedBySofIsSeenByBif() {
		openFamilyAs(DemoIds.SOF_CASEWORKER, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH, "/plan");
		WebElement family = waitFor(By.cssSelector(".plan-column[data-column=family]"));
		family.findElement(By.cssSelector(".plan-column__add")).click();
		WebElement editor = waitFor(By.cssSelector(".plan-column[data-column=family] .plan-editor"));
		editor.findElement(By.name("text")).sendKeys("Familien spiser aftensmad sammen tre gange om ugen");
		new org.openqa.selenium.support.ui.Select(editor.findElement(By.name("administrationGoal")))
			.selectByValue("SOF");
		editor.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");

		WebElement status = driver.findElement(By.cssSelector("[data-action-id=plan-002-a1] select[name=status]"));
		new org.openqa.selenium.support.ui.Select(status).selectByValue("DONE");
		// Choosing a status saves nothing by itself: the button does.
		driver.findElement(By.cssSelector("[data-action-id=plan-002-a1] button[name=save-status]")).click();
		waitFor(By.cssSelector("[data-action-id=plan-002-a1] .saved"));
		fullScreenshot("13-plan-editing", 1280);

		signOut();
		openFamilyAs(DemoIds.BIF_JOB_CASEWORKER, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH, "/plan");
		waitFor(By.cssSelector(".plan-board .plan-goal"));
		assertThat(driver.findElements(By.cssSelector(".plan-goal h3"))).extracting(WebElement::getText)
			.contains("Familien spiser aftensmad sammen tre gange om ugen");
		assertThat(new org.openqa.selenium.support.ui.Select(
				driver.findElement(By.cssSelector("[data-action-id=plan-002-a1] select[name=status]")))
			.getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("DONE");
	}

	@Test
	void concurrentPlanEditsShowTheConflictAndLoseNothing() {
		openFamilyAs(DemoIds.SOF_CASEWORKER, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH, "/plan");
		waitFor(By.cssSelector("[data-goal-id=plan-002-g3] [data-focus-key='edit:plan-002-g3']")).click();
		WebElement text = waitFor(By.cssSelector(".plan-editor textarea[name=text]"));
		text.clear();
		text.sendKeys("Elias kommer i skole hver dag, også om mandagen");

		// Meanwhile the BIF caseworker changes the same goal.
		Object other = driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						(async () => {
						  const { FAMILY_PLAN, planMutation } = await import('/js/queries.js');
						  const tokenResponse = await fetch('/demo/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
						    body: JSON.stringify({ professionalId: arguments[0] }) });
						  const token = (await tokenResponse.json()).access_token;
						  const ask = async (query, variables) => (await fetch('/graphql', { method: 'POST',
						    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
						    body: JSON.stringify({ query, variables }) })).json();
						  const plan = (await ask(FAMILY_PLAN, { id: arguments[1] })).data.family.plan;
						  const goal = plan.goals.find((g) => g.id === 'plan-002-g3');
						  const saved = await ask(planMutation('savePlanGoal'), { input: { familyId: arguments[1], id: goal.id,
						    expectedVersion: goal.version, text: 'Elias kommer i skole tre dage om ugen',
						    administrationGoal: goal.administrationGoal, memberId: goal.member?.id } });
						  return saved.data?.result ? 'saved' : JSON.stringify(saved.errors);
						})().then(done, (e) => done(String(e)));
						""",
				DemoIds.BIF_JOB_CASEWORKER, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH);
		assertThat(other).isEqualTo("saved");

		driver.findElement(By.cssSelector(".plan-editor button[type=submit]")).click();
		WebElement conflict = waitFor(By.cssSelector(".plan-editor .status-error"));
		assertThat(conflict.getText()).contains("En anden har ændret netop dette")
			.contains("Elias kommer i skole tre dage om ugen");
		assertThat(driver.findElement(By.cssSelector(".plan-editor textarea[name=text]")).getAttribute("value"))
			.isEqualTo("Elias kommer i skole hver dag, også om mandagen");
		screenshot("14-plan-conflict");

		driver.findElement(By.cssSelector(".plan-editor button[type=submit]")).click();
		waitForText(By.cssSelector(".plan-board__announcer"), "Planen er gemt");
		assertThat(driver.findElements(By.cssSelector(".plan-goal h3"))).extracting(WebElement::getText)
			.contains("Elias kommer i skole hver dag, også om mandagen")
			.doesNotContain("Elias kommer i skole tre dage om ugen");
	}

	@Test
	void accessLogAndReportsPagesAnswer() {
		openFamilyAs(DemoIds.SUPPORT_COORDINATOR, DemoIds.FAMILY_CONSENT_WITHDRAWN, "/adgangslog");
		waitFor(By.cssSelector(".access-log, .notice, .status-error"));
		fullScreenshot("11-access-log", 1280);
		open("/#/rapporter");
		assertThat(waitFor(By.id("reports-heading")).getText()).isEqualTo("Rapporter");
		waitFor(By.cssSelector("article.report svg"));
		screenshot("12-reports");
	}

	@Test
	void keyboardAloneSignsInAndOpensAFamilyWithVisibleFocus() {
		waitFor(By.cssSelector(".sign-in__form select"));
		tabUntil((element) -> "select".equals(element.getTagName()), 10);
		driver.switchTo().activeElement().sendKeys("Thomas");
		tabUntil((element) -> "button".equals(element.getTagName()), 3);
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		// The authorization server's sign-in page, with the professional chosen in the
		// client preselected, unless
		// the server's session (from an earlier test in this browser) already holds that
		// professional.
		By providerPage = By.cssSelector("form.demo-sign-in select");
		By families = By.cssSelector(".family-list__table");
		if (reachesProviderPage(providerPage, families)) {
			tabUntil((element) -> "button".equals(element.getTagName()), 3);
			driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		}
		waitFor(families);
		WebElement link = tabUntil((element) -> "Familien Warsame".equals(element.getText()), 40);
		assertThat(link.getCssValue("outline-style")).isEqualTo("solid");
		link.sendKeys(Keys.ENTER);
		waitFor(By.id("section-members"));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 900));
		open("/#/");
		waitFor(By.cssSelector(".family-list__table"));
		screenshot("02-my-families-768");
	}

	@Test
	void signInRunsTheCodeFlowWithPkceAtTheInAppAuthorizationServer() {
		new Select(waitFor(By.cssSelector(".sign-in__form select"))).selectByValue(DemoIds.SOF_LEADER);
		driver.findElement(By.cssSelector(".sign-in__form button[type=submit]")).click();
		WebElement chosen = waitFor(By.cssSelector("form.demo-sign-in select"));
		assertThat(driver.getCurrentUrl()).isEqualTo(origin() + "/demo/sign-in");
		assertThat(new Select(chosen).getFirstSelectedOption().getAttribute("value")).isEqualTo(DemoIds.SOF_LEADER);
		// The client keeps its PKCE verifier and state for the way back, and nothing
		// else.
		String pending = (String) driver.executeScript("return sessionStorage.getItem('hfi.oidc.pending')");
		assertThat(pending).contains("\"verifier\"").contains("\"state\"").contains("/oauth2/token");
		assertThat(driver.executeScript("return sessionStorage.getItem('hfi.token')")).isNull();
		screenshot("00-authorization-server-sign-in");
		driver.findElement(By.cssSelector("form.demo-sign-in button[type=submit]")).click();

		waitFor(By.id("families-heading"));
		assertThat(waitFor(By.cssSelector("[data-testid=signed-in-name]")).getText()).isNotBlank();
		assertThat(driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
		assertThat(driver.executeScript("return sessionStorage.getItem('hfi.oidc.pending')")).isNull();
		String token = (String) driver.executeScript("return sessionStorage.getItem('hfi.token')");
		String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"sub\":\"" + DemoIds.SOF_LEADER + "\"")
			.containsPattern("\"aud\":(\\[)?\"hfi-api\"")
			.contains("\"iss\":\"http://localhost:8080\"")
			.contains("\"hfi_role\":\"LEADER\"");
	}

	@Test
	void switchingProfessionalsSignsInTheNewOne() {
		signInAs(DemoIds.SOF_CASEWORKER);
		signOut();
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(waitFor(By.cssSelector("[data-testid=signed-in-name]")).getText()).isEqualTo("Thomas Lindberg");
	}

	@Test
	void signOutForgetsTheToken() {
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(driver.executeScript("return sessionStorage.getItem('hfi.token')")).isNotNull();
		signOut();
		assertThat(driver.executeScript("return sessionStorage.getItem('hfi.token')")).isNull();
	}

	@Test
	void expiredSessionLeadsBackToSignInWithAMessage() {
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/api.js').then((api) => { api.setToken('expired'); done(); });
				""");
		open("/#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH);
		waitFor(By.id("sign-in-heading"));
		assertThat(waitFor(By.cssSelector(".sign-in .status-error")).getText()).contains("Log ind igen");
		assertThat(browserErrors()).allMatch((entry) -> entry.contains("401"));
	}

	@Test
	void pkceChallengeIsTheBase64UrlSha256OfTheVerifier() throws Exception {
		String verifier = "dBjftJeZ4CVP-mJ92K9qBkaiNjRqXzgDdXcoTPVx2yC8";
		String expected = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		Object challenge = driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/logic/pkce.js').then((pkce) => pkce.codeChallenge(arguments[0])).then(done, (e) => done(String(e)));
						""",
				verifier);
		assertThat(challenge).isEqualTo(expected);
	}

	@Test
	void consoleErrorsAreDetected() {
		driver.executeScript("console.error('deliberate test error')");
		assertThat(browserErrors()).anyMatch((entry) -> entry.contains("deliberate test error"));
	}

	private List<WebElement> rows() {
		return driver.findElements(By.cssSelector(".family-list__table tbody tr"));
	}

	private void signOut() {
		driver.findElement(By.xpath("//button[text()='Log ud']")).click();
		waitFor(By.id("sign-in-heading"));
	}

	/** Signs in as the professional and opens the family's page ("" for the overview). */
	private void openFamilyAs(String professionalId, String familyId, String page) {
		signInAs(professionalId);
		open("/#/familie/" + familyId + page);
	}

}

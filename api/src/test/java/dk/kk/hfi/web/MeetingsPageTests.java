package dk.kk.hfi.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a meeting with its action minutes (which land on the plan, linked), and
 * adding and ending a measure.
 */
class MeetingsPageTests extends BrowserTestSupport {

	@Test
	void aMeetingsMinutesLandOnThePlanAndAMeasureIsAddedAndEnded() {
		String familyId = TestCourses.refer(as(DemoIds.SUPPORT_COORDINATOR), "Familien Møde").id();
		WebElement form = meetingForm(familyId);
		form.findElement(By.xpath(".//label[text()='Mona']")).click();
		form.findElement(By.name("decisions")).sendKeys("Morgenerne er det vigtigste lige nu");
		form.findElement(By.name("actionWhat")).sendKeys("Mona ringer til skolen om morgenmøde");
		new Select(form.findElement(By.name("actionWho"))).selectByVisibleText("Mona");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement done = waitFor(By.cssSelector(".status-success"));
		assertThat(done.getText()).contains("Mødet er registreret").contains("1 aftale(r)");
		assertThat(driver.switchTo().activeElement()).isEqualTo(done);
		assertThat(driver.findElement(By.cssSelector(".meeting")).getText())
			.contains("Morgenerne er det vigtigste lige nu", "Mona ringer til skolen om morgenmøde");
		assertAccessible("meetings and measures");

		new Select(driver.findElement(By.cssSelector(".measure-form select[name=kind]"))).selectByIndex(0);
		driver.findElement(By.cssSelector(".measure-form button[type=submit]")).click();
		waitForText(By.cssSelector(".status-success"), "Indsatsen er registreret");
		driver.findElement(By.cssSelector(".measure-list li button")).click();
		waitForText(By.cssSelector(".status-success"), "er afsluttet");
		assertThat(driver.findElement(By.cssSelector(".measure-list li")).getText()).endsWith("Afsluttet");
		fullScreenshot("19-meetings-and-measures", 1280);

		go("#/familie/" + familyId + "/plan");
		WebElement action = waitFor(
				By.xpath("//li[contains(@class,'plan-action')][.//p[text()='Mona ringer til skolen om morgenmøde']]"));
		assertThat(action.getText()).contains("aftalt på møde");
		assertThat(action.findElements(By.xpath(".//button[starts-with(text(),'Slet aftale')]"))).isEmpty();
	}

	@Test
	void aMeetingSentAgainAfterALostAnswerIsRecordedOnce() {
		String familyId = TestCourses.refer(as(DemoIds.SUPPORT_COORDINATOR), "Familien Gentag").id();
		WebElement form = meetingForm(familyId);
		form.findElement(By.name("decisions")).sendKeys("Mor og rådgiver mødes hver anden uge");
		String draft = (String) ((JavascriptExecutor) driver)
			.executeScript("return sessionStorage.getItem('hfi.draft.meeting.' + arguments[0]);", familyId);
		assertThat(draft).contains("retryKey");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText(By.cssSelector(".status-success"), "Mødet er registreret");

		// The answer never came: the page is opened again with the draft, and sent again.
		((JavascriptExecutor) driver).executeScript(
				"sessionStorage.setItem('hfi.draft.meeting.' + arguments[0], arguments[1]);", familyId, draft);
		driver.navigate().refresh();
		form = waitFor(By.cssSelector(".meeting-form"));
		assertThat(form.findElement(By.name("decisions")).getAttribute("value"))
			.isEqualTo("Mor og rådgiver mødes hver anden uge");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText(By.cssSelector(".status-success"), "Mødet er registreret");
		assertThat(driver.findElements(By.cssSelector(".meeting"))).hasSize(1);
	}

	/** The family's meetings page, as the HFI coordinator. */
	private WebElement meetingForm(String familyId) {
		signInAs(DemoIds.SUPPORT_COORDINATOR);
		go("#/familie/" + familyId + "/moeder");
		return waitFor(By.cssSelector(".meeting-form"));
	}

}

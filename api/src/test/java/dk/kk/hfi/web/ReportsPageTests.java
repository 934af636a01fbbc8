package dk.kk.hfi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in a real browser: SVG bar charts with suppressed figures as markers,
 * the based-on counts and missing data, the CSV download with the token in a header, and
 * no reports for a caseworker.
 */
class ReportsPageTests extends BrowserTestSupport {

	private static final String SUPPRESSED = "Skjult (færre end 5 personer)";

	/** The latest whole year that has ended: what the page opens with. */
	private static final String PERIOD = String.valueOf(LocalDate.now(MovableClock.COPENHAGEN).getYear() - 1);

	@Test
	void supportCoordinatorSeesAChartWithSuppressedMarkersAndDownloadsTheCsv() throws IOException {
		Path downloads = Path.of("target", "downloads").toAbsolutePath();
		FileSystemUtils.deleteRecursively(downloads);
		Files.createDirectories(downloads);
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));

		signInAs(DemoIds.SUPPORT_COORDINATOR);
		driver.findElement(By.xpath("//nav//a[text()='Rapporter']")).click();
		assertThat(waitFor(By.id("reports-heading")).getText()).isEqualTo("Rapporter");
		waitFor(By.cssSelector("article.report[data-report=PROGRAMME_STATUS] svg"));

		showReport("PARENTS_BURDENS", PERIOD);
		WebElement report = waitFor(By.cssSelector("article.report[data-report=PARENTS_BURDENS]"));
		assertThat(report.findElement(By.cssSelector("[data-testid=report-based-on]")).getText())
			.matches("\\d+ familier med \\d+ familiemedlemmer");
		assertThat(report.findElements(By.cssSelector("[data-testid=report-missing] li"))).isNotEmpty();

		WebElement chart = report.findElement(By.cssSelector("svg.report-chart__svg"));
		assertThat(chart.getAttribute("role")).isEqualTo("img");
		assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
		assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).contains("tabellen");
		assertThat(chart.findElements(By.cssSelector("rect.report-chart__rect"))).isNotEmpty();
		assertThat(chart.findElements(By.cssSelector(".report-chart__group-label"))).extracting(WebElement::getText)
			.contains("Psykiske vanskeligheder");

		// The page shows as many suppressed figures as the API withholds, each as the
		// marker and never as a bar.
		long withheld = suppressedFigures("parentsBurdensReport", PERIOD);
		assertThat(withheld).as("the demo data has small cells in the parents' burdens").isPositive();
		List<WebElement> suppressedBars = chart
			.findElements(By.cssSelector(".report-chart__bar[data-state=SUPPRESSED]"));
		assertThat(suppressedBars).hasSize((int) withheld).allSatisfy((bar) -> {
			assertThat(bar.findElements(By.tagName("rect"))).isEmpty();
			assertThat(bar.findElement(By.cssSelector(".report-chart__marker--suppressed")).getText())
				.isEqualTo(SUPPRESSED);
		});
		assertThat(report.findElements(By.cssSelector(".report-chart__table td[data-state=SUPPRESSED]")))
			.hasSize((int) withheld)
			.allSatisfy((cell) -> assertThat(cell.getText()).isEqualTo(SUPPRESSED));
		fullScreenshot("15-reports-parents-burdens", 1280);
		fullScreenshot("15-reports-parents-burdens-768", 768);

		report.findElement(By.xpath(".//button[text()='Hent som CSV-fil']")).click();
		String fileName = "parents-burdens-" + PERIOD + ".csv";
		waitForText(By.cssSelector("[data-testid=report-downloaded]"), fileName + " er hentet");
		Path file = downloads.resolve(fileName);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> Files.exists(file));
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("report,item,label,series,step,state,unit,value,count,base");
		assertThat(lines).filteredOn((line) -> line.contains(",SUPPRESSED,")).hasSize((int) withheld);
		assertThat(driver.findElement(By.cssSelector("[data-testid=report-downloaded]")).getText())
			.contains("(" + (lines.size() - 1) + " linjer)");
		assertThat(driver.getCurrentUrl()).doesNotContain("token").doesNotContain("eyJ");
	}

	@Test
	void leaderComparesBaselineWithClosingSideBySide() {
		signInAs(DemoIds.SOF_LEADER);
		open("/#/rapporter");
		waitFor(By.cssSelector("article.report[data-report=PROGRAMME_STATUS]"));
		fullScreenshot("16-reports-programme-status", 1280);

		// Only fixed periods that have ended are offered: no free dates, so no two
		// periods a day apart.
		Select period = new Select(driver.findElement(By.cssSelector("select[name=period]")));
		assertThat(period.getFirstSelectedOption().getAttribute("value")).isEqualTo(PERIOD);
		String thisYear = String.valueOf(LocalDate.now(MovableClock.COPENHAGEN).getYear());
		assertThat(period.getOptions()).extracting((option) -> option.getAttribute("value"))
			.contains(PERIOD, PERIOD + "-H1", PERIOD + "-H2", PERIOD + "-Q1", PERIOD + "-Q4")
			.doesNotContain(thisYear, thisYear + "-H2", thisYear + "-Q4")
			.allMatch((value) -> value.matches("\\d{4}(-H[12]|-Q[1-4])?"));
		assertThat(driver.findElements(By.cssSelector("input[type=date]"))).isEmpty();

		showReport("STRESS_REACTIONS", PERIOD);
		WebElement report = waitFor(By.cssSelector("article.report[data-report=STRESS_REACTIONS]"));
		List<WebElement> groups = report.findElements(By.cssSelector("svg .report-chart__group"));
		assertThat(groups).isNotEmpty()
			.allSatisfy((group) -> assertThat(group.findElements(By.cssSelector(".report-chart__bar")))
				.extracting((bar) -> bar.getAttribute("data-series"))
				.containsExactly("BASELINE", "CLOSING"));
		assertThat(report.findElements(By.cssSelector(".report-chart__table thead th"))).extracting(WebElement::getText)
			.containsExactly("Emne", "Ved opstart", "Ved afslutning");
		fullScreenshot("16-reports-stress-reactions", 1280);

		// Costs: the years side by side, totals and the averages per child in charts of
		// their own scale.
		showReport("COSTS", PERIOD);
		WebElement costs = waitFor(By.cssSelector("article.report[data-report=COSTS]"));
		assertThat(costs.findElements(By.cssSelector("svg.report-chart__svg[data-unit=DKK]"))).hasSize(2);
		assertThat(costs.findElements(By.cssSelector("svg .report-chart__bar")))
			.extracting((bar) -> bar.getAttribute("data-series"))
			.contains(PERIOD, thisYear);
		fullScreenshot("16-reports-costs", 1280);
	}

	@Test
	void caseworkerHasNoReportsInTheMenuAndIsToldWhyOnTheAddress() {
		signInAs(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(driver.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
			.contains("Mine familier")
			.doesNotContain("Rapporter");
		open("/#/rapporter");
		assertThat(waitFor(By.cssSelector("[data-testid=reports-forbidden]")).getText())
			.isEqualTo("Du har ikke adgang til rapporterne. De er kun for supportteamet og ledere.");
		assertThat(driver.findElements(By.cssSelector(".reports__form"))).isEmpty();
		screenshot("17-reports-forbidden");
	}

	@Test
	@SuppressWarnings("unchecked")
	void chartsDrawSuppressedAndMissingFiguresAsMarkersAndZeroAsAValue() {
		Object drawn = ((JavascriptExecutor) driver).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						Promise.all([import('/js/logic/reports.js'), import('/js/logic/bar-chart-svg.js')]).then(([reports, svg]) => {
						  const figure = (state, value) => ({ state, unit: 'PERCENT', value, count: value == null ? null : 0,
						    base: value == null ? null : 12 });
						  const rows = [
						    { item: 'A', label: 'A', series: 'START', step: null, figure: figure('SHOWN', 0) },
						    { item: 'A', label: 'A', series: 'NOW', step: null, figure: figure('SUPPRESSED', null) },
						    { item: 'B', label: 'B', series: 'START', step: null, figure: figure('NO_DATA', null) },
						    { item: 'B', label: 'B', series: 'NOW', step: null, figure: figure('SHOWN', 50) },
						  ];
						  const [chart] = reports.reportCharts(rows);
						  const element = svg.barChartSvg(chart, { id: 'test-chart', title: 'Test' });
						  const bar = (group, series) => element.querySelector(
						    `.report-chart__group[data-group="${group}"] .report-chart__bar[data-series="${series}"]`);
						  const texts = (node) => [...node.querySelectorAll('text')].map((t) => t.textContent);
						  done({
						    charts: reports.reportCharts(rows).length,
						    zeroBar: bar('A|', 'START').querySelectorAll('rect').length,
						    zeroText: texts(bar('A|', 'START')),
						    suppressedRects: bar('A|', 'NOW').querySelectorAll('rect').length,
						    suppressedText: texts(bar('A|', 'NOW')),
						    noDataRects: bar('B|', 'START').querySelectorAll('rect').length,
						    noDataText: texts(bar('B|', 'START')),
						    halfWidth: bar('B|', 'NOW').querySelector('rect').getAttribute('width'),
						  });
						}, (e) => done(String(e)));
						""");
		assertThat(drawn).isInstanceOf(Map.class);
		Map<?, ?> result = (Map<?, ?>) drawn;
		assertThat(result.get("charts")).isEqualTo(1L);
		assertThat(result.get("zeroBar")).isEqualTo(1L);
		assertThat((List<Object>) result.get("zeroText")).containsExactly("Ved opstart", "0,0 %");
		assertThat(result.get("suppressedRects")).isEqualTo(0L);
		assertThat((List<Object>) result.get("suppressedText")).containsExactly("Nu", SUPPRESSED);
		assertThat(result.get("noDataRects")).isEqualTo(0L);
		assertThat((List<Object>) result.get("noDataText")).containsExactly("Ved opstart", "Ingen data");
		assertThat(result.get("halfWidth")).isEqualTo("230.0");
	}

	private void showReport(String name, String period) {
		new Select(driver.findElement(By.cssSelector("select[name=report]"))).selectByValue(name);
		new Select(driver.findElement(By.cssSelector("select[name=period]"))).selectByValue(period);
		driver.findElement(By.xpath("//button[text()='Vis rapport']")).click();
	}

	private long suppressedFigures(String field, String period) {
		return as(DemoIds.SUPPORT_COORDINATOR)
			.document("query($p: String!) { r: " + field + "(period: $p) { rows { figure { state } } } }")
			.variable("p", period)
			.execute()
			.path("r.rows[*].figure.state")
			.entityList(String.class)
			.get()
			.stream()
			.filter("SUPPRESSED"::equals)
			.count();
	}

}

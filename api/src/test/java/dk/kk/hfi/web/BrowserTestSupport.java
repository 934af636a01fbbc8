package dk.kk.hfi.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import dk.kk.hfi.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the browser tests: Debian's Chromium, headless, driven by Selenium against the
 * shared application. Without Chromium the tests are skipped, except in CI
 * ({@code CI=true}) where they fail. After every test the browser console must hold no
 * errors.
 */
abstract class BrowserTestSupport extends GraphQlTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static ChromeDriver driver;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message + ": skipped outside CI");
		}
		profile = Files.createTempDirectory("hfi-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=da");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@BeforeEach
	void freshSession() {
		driver.manage().window().setSize(new Dimension(1280, 900));
		open("/");
		driver.manage().deleteAllCookies();
		driver.executeScript("window.sessionStorage.clear()");
		driver.navigate().refresh();
		waitFor(By.id("sign-in-heading"));
		browserErrors();
	}

	@AfterEach
	void noJavaScriptErrors() {
		assertThat(browserErrors()).as("errors in the browser console").isEmpty();
	}

	/**
	 * The console's warnings and errors since the last call (CSP violations and uncaught
	 * exceptions included).
	 */
	List<String> browserErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

	/**
	 * Opens the page on 127.0.0.1: the authorization server accepts the web client's
	 * loopback redirect URI on any port (RFC 8252), but a {@code localhost} one only as
	 * registered (port 8080).
	 */
	void open(String path) {
		driver.get(origin() + path);
	}

	String origin() {
		return "http://127.0.0.1:" + this.port;
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits until nothing matches: a closed dialog leaves the page on its close event,
	 * which the browser fires after the click that closed it.
	 */
	void waitUntilGone(By locator) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(locator, 0));
	}

	void waitForText(By locator, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/**
	 * Signs in as the professional through the real flow and waits for "Mine familier":
	 * chosen in the client's demo form, which sends the browser with a PKCE challenge to
	 * the in-app authorization server; its sign-in page comes with the professional
	 * preselected and is submitted; the client exchanges the code for the token.
	 */
	void signInAs(String professionalId) {
		WebElement select = waitFor(By.cssSelector(".sign-in__form select"));
		new Select(select).selectByValue(professionalId);
		driver.findElement(By.cssSelector(".sign-in__form button[type=submit]")).click();
		By providerPage = By.cssSelector("form.demo-sign-in select");
		if (reachesProviderPage(providerPage, By.id("families-heading"))) {
			WebElement chosen = driver.findElement(providerPage);
			assertThat(new Select(chosen).getFirstSelectedOption().getAttribute("value")).isEqualTo(professionalId);
			driver.findElement(By.cssSelector("form.demo-sign-in button[type=submit]")).click();
		}
		waitFor(By.id("families-heading"));
		waitFor(By.cssSelector(".family-list__table, .family-list__empty"));
	}

	/**
	 * Waits for the authorization server's sign-in page, or for the client's page when
	 * the provider's page is skipped, which it is only when its session already holds the
	 * professional; returns whether the provider's page came.
	 */
	boolean reachesProviderPage(By providerPage, By skippedTo) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(providerPage),
					ExpectedConditions.visibilityOfElementLocated(skippedTo)));
		return !driver.findElements(providerPage).isEmpty();
	}

	private static String axeSource;

	/**
	 * Runs axe-core (vendored in the test resources, never from a CDN) on the page as it
	 * is and fails on any WCAG 2.0 or 2.1 A/AA violation, naming the rule and the
	 * elements.
	 */
	void assertAccessible(String page) {
		try {
			if (axeSource == null) {
				axeSource = new String(BrowserTestSupport.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		driver.executeScript(axeSource);
		Object violations = driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
						  .then((result) => done(result.violations.map((v) => v.id + ': ' + v.help + ' at '
						    + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '))), (e) => done(['axe failed: ' + e]));
						""");
		assertThat((List<?>) violations).as("axe WCAG 2.1 AA violations on " + page).isEmpty();
	}

	/** Presses Tab until the focused element is the wanted one. */
	WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, int maxTabs) {
		for (int i = 0; i < maxTabs; i++) {
			new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
			WebElement active = driver.switchTo().activeElement();
			if (wanted.test(active)) {
				return active;
			}
		}
		throw new AssertionError("Not reached with " + maxTabs + " tabs");
	}

	/** Goes to a page of the client without reloading it (what a link does). */
	void go(String hash) {
		driver.executeScript("window.location.hash = arguments[0]", hash);
	}

	/**
	 * Makes the tab's next request whose body contains {@code marker} fail as a network
	 * error would.
	 */
	void failNextRequest(String marker) {
		driver.executeScript("""
				const marker = arguments[0];
				const original = window.fetch;
				window.fetch = function (url, options) {
				  if (options && typeof options.body === 'string' && options.body.includes(marker)) {
				    window.fetch = original;
				    return Promise.reject(new TypeError('Failed to fetch (simulated)'));
				  }
				  return original.apply(this, arguments);
				};
				""", marker);
	}

	/** The page's width beyond the window: horizontal scrolling of the whole page. */
	long horizontalOverflow() {
		return ((Number) driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.longValue();
	}

	void screenshot(String name) {
		try {
			Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A screenshot of the whole page at the given width (the window grows to the page's
	 * height).
	 */
	void fullScreenshot(String name, int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 40, 6000)));
		screenshot(name);
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

}

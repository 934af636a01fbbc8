package dk.kk.hfi.web;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL (demo mode) runs in a real browser from the application's own assets under its
 * policy.
 */
class GraphiQlPageTests extends BrowserTestSupport {

	@Test
	void graphiqlRendersFromTheApplicationsOwnAssets() throws Exception {
		open("/graphiql");
		waitFor(By.cssSelector(".graphiql-container"));
		waitFor(By.cssSelector(".graphiql-query-editor"));
		Files.write(SCREENSHOTS.resolve("graphiql.png"), driver.getScreenshotAs(OutputType.BYTES));
		// Until a token is put in the Headers tab, GraphiQL's schema request is refused
		// with 401: nothing else.
		assertThat(browserErrors()).allSatisfy((error) -> assertThat(error).contains("/graphql").contains("401"));
	}

}

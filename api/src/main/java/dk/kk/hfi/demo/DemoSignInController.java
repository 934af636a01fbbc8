package dk.kk.hfi.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The authorization server's sign-in page in demo mode: choose a demo professional (the
 * one the client asked for with {@code login_hint} comes preselected). Plain HTML with
 * the client's stylesheet and no script, under the client's Content-Security-Policy; the
 * form is processed by Spring Security's form login.
 */
@RestController
@Conditional(DemoModeCondition.class)
class DemoSignInController {

	static final String PROFESSIONAL = "professionalId";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ProfessionalRepository professionals;

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	DemoSignInController(ProfessionalRepository professionals) {
		this.professionals = professionals;
	}

	@GetMapping(DemoAuthorizationServerConfiguration.SIGN_IN_PAGE)
	ResponseEntity<String> signInPage(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest authorization = this.savedRequests.getRequest(request, response);
		String[] hints = (authorization != null) ? authorization.getParameterValues("login_hint") : null;
		String hint = (hints != null && hints.length > 0) ? hints[0] : null;
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		List<Professional> people = this.professionals.findAll(Sort.by("administration", "name"));

		StringBuilder options = new StringBuilder();
		for (Administration administration : Administration.values()) {
			options.append("<optgroup label=\"").append(administration.name()).append("\">");
			for (Professional professional : people) {
				if (professional.administration() == administration) {
					options.append("<option value=\"")
						.append(htmlEscape(professional.id()))
						.append('"')
						.append(professional.id().equals(hint) ? " selected" : "")
						.append('>')
						.append(htmlEscape(professional.name()))
						.append(", ")
						.append(htmlEscape((professional.title() != null) ? professional.title() : ""))
						.append(professional.supportTeam() ? " (supportteam)" : "")
						.append("</option>");
				}
			}
			options.append("</optgroup>");
		}
		String error = (request.getParameter("error") != null)
				? "<p class=\"status-error\" role=\"alert\">Log ind mislykkedes: vælg en medarbejder fra listen.</p>"
				: "";
		String page = """
				<!DOCTYPE html>
				<html lang="da">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Log ind – HFI Familiegraf (demo)</title>
				  <link rel="icon" href="data:,">
				  <link rel="stylesheet" href="/styles/main.css">
				</head>
				<body>
				  <div class="app">
				    <main id="main" class="app-main">
				      <section class="sign-in" aria-labelledby="demo-sign-in-heading">
				        <h1 id="demo-sign-in-heading">Log ind (demo)</h1>
				        %s
				        <form class="sign-in__form demo-sign-in" method="post" action="%s">
				          <p class="sign-in__hint">Demo-tilstand: alle data er opdigtede. Du logger ind som den valgte
				            medarbejder; der er ingen adgangskode.</p>
				          <label for="demo-sign-in-professional">Medarbejder</label>
				          <select id="demo-sign-in-professional" name="%s" required>%s</select>
				          <input type="hidden" name="%s" value="%s">
				          <button type="submit" class="button">Log ind</button>
				        </form>
				      </section>
				    </main>
				  </div>
				</body>
				</html>
				""".formatted(error, DemoAuthorizationServerConfiguration.SIGN_IN_PAGE, PROFESSIONAL, options,
				htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
		return ResponseEntity.ok().contentType(HTML).body(page);
	}

}

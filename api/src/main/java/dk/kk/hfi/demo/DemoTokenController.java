package dk.kk.hfi.demo;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

/**
 * Demo mode's token shortcut for scripts and tests: a token for any demo professional or
 * partner client.
 */
@RestController
@RequestMapping("/demo")
@Conditional(DemoModeCondition.class)
class DemoTokenController {

	private final ProfessionalRepository professionals;

	private final DemoTokenIssuer issuer;

	DemoTokenController(ProfessionalRepository professionals, DemoTokenIssuer issuer) {
		this.professionals = professionals;
		this.issuer = issuer;
	}

	@PostMapping("/token")
	TokenResponse token(@RequestBody TokenRequest request) {
		String token;
		if (request.professionalId() != null) {
			Professional professional = this.professionals.findById(request.professionalId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such demo professional"));
			token = this.issuer.tokenFor(professional);
		}
		else if (request.clientId() != null) {
			DemoClient client = DemoClient.byId(request.clientId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such demo client"));
			token = this.issuer.tokenFor(client);
		}
		else {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give professionalId or clientId");
		}
		return new TokenResponse(token, "Bearer", DemoTokenIssuer.LIFETIME.toSeconds());
	}

	record TokenRequest(String professionalId, String clientId) {
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {
	}

}

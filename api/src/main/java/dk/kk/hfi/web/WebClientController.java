package dk.kk.hfi.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The static client's configuration: the OpenID Connect issuer and client id it signs in with, if any. */
@RestController
class WebClientController {

	private final ClientConfig config;

	WebClientController(@Value("${hfi.web.oidc.issuer:}") String issuer,
			@Value("${hfi.web.oidc.client-id:}") String clientId, @Value("${hfi.web.oidc.scope:openid}") String scope) {
		this.config = new ClientConfig(
				(issuer.isBlank() || clientId.isBlank()) ? null : new Oidc(issuer, clientId, scope));
	}

	@GetMapping("/client-config")
	ClientConfig clientConfig() {
		return this.config;
	}

	record ClientConfig(Oidc oidc) {
	}

	record Oidc(String issuer, String clientId, String scope) {
	}

}

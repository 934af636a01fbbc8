package dk.kk.hfi.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The static client's configuration: the OpenID Connect issuer and client id it signs in
 * with, if any (the configured identity provider, or else the in-app one of demo mode).
 */
@RestController
class WebClientController {

	private final ClientConfig configured;

	private final @Nullable InAppIdentityProvider inApp;

	WebClientController(@Value("${hfi.web.oidc.issuer:}") String issuer,
			@Value("${hfi.web.oidc.client-id:}") String clientId, @Value("${hfi.web.oidc.scope:openid}") String scope,
			ObjectProvider<InAppIdentityProvider> inApp) {
		this.configured = new ClientConfig(
				(issuer.isBlank() || clientId.isBlank()) ? null : new Oidc(issuer, clientId, scope));
		this.inApp = inApp.getIfAvailable();
	}

	@GetMapping("/client-config")
	ClientConfig clientConfig(HttpServletRequest request) {
		if (this.configured.oidc() != null || this.inApp == null) {
			return this.configured;
		}
		String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
		return new ClientConfig(new Oidc(origin, this.inApp.clientId(), this.inApp.scope()));
	}

	record ClientConfig(@Nullable Oidc oidc) {
	}

	record Oidc(String issuer, String clientId, String scope) {
	}

}

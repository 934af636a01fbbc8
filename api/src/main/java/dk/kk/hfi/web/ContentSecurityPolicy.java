package dk.kk.hfi.web;

import java.net.URI;

/**
 * The Content-Security-Policy of the static client: its own scripts, styles and API only
 * (no inline scripts or styles), plus the identity provider's endpoints when one is
 * configured.
 */
public final class ContentSecurityPolicy {

	private ContentSecurityPolicy() {
	}

	/** The policy; {@code issuer} is the OpenID Connect issuer URI, or blank. */
	public static String forClient(String issuer) {
		String connect = "'self'";
		if (issuer != null && !issuer.isBlank()) {
			URI uri = URI.create(issuer.trim());
			connect += " " + uri.getScheme() + "://" + uri.getRawAuthority();
		}
		return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src " + connect + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
	}

}

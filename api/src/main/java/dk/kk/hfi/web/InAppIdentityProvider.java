package dk.kk.hfi.web;

/**
 * An identity provider running inside this application (demo mode): without a configured
 * issuer the client signs in against it, at the address it was itself loaded from.
 */
public record InAppIdentityProvider(String clientId, String scope) {
}

package dk.kk.hfi.caller;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/** An authenticated bearer token whose principal is the {@link Caller}. */
public class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Caller caller;

	public CallerAuthentication(Jwt jwt, Caller caller) {
		super(jwt, caller, jwt, List.of(new SimpleGrantedAuthority("ROLE_" + kindOf(caller))));
		this.caller = caller;
		setAuthenticated(true);
	}

	private static String kindOf(Caller caller) {
		return (caller instanceof ProfessionalCaller) ? "PROFESSIONAL" : "CLIENT";
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public java.util.Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return this.caller.id();
	}

}

package dk.kk.hfi.demo;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dk.kk.hfi.domain.professional.ProfessionalRepository;

/**
 * Demo sign-in at the authorization server: choosing a demo professional is enough, there
 * is no password.
 */
class DemoSignInProvider implements AuthenticationProvider {

	private final ProfessionalRepository professionals;

	DemoSignInProvider(ProfessionalRepository professionals) {
		this.professionals = professionals;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String professionalId = authentication.getName();
		if (professionalId == null || professionalId.isBlank() || !this.professionals.existsById(professionalId)) {
			throw new BadCredentialsException("No such demo professional");
		}
		// The factor's time is the sign-in time, which the ID token reports as auth_time.
		return UsernamePasswordAuthenticationToken.authenticated(professionalId, null,
				List.of(new SimpleGrantedAuthority("ROLE_PROFESSIONAL"), FactorGrantedAuthority.fromFactor("DEMO")));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

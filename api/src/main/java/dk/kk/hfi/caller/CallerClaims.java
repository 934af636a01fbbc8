package dk.kk.hfi.caller;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/**
 * The token claims that say who the caller is. A real identity provider maps its users
 * and clients to these claims; demo mode issues them itself.
 */
public final class CallerClaims {

	public static final String KIND = "hfi_kind";

	public static final String ADMINISTRATION = "hfi_administration";

	public static final String SUPPORT_TEAM = "hfi_support_team";

	public static final String ROLE = "hfi_role";

	public static final String CATEGORIES = "hfi_categories";

	public static final String NAME = "name";

	public static final String KIND_PROFESSIONAL = "professional";

	public static final String KIND_CLIENT = "client";

	private CallerClaims() {
	}

	/**
	 * Reads the caller from a validated token; a token without the claims is rejected.
	 */
	public static Caller callerOf(Jwt jwt) {
		String kind = jwt.getClaimAsString(KIND);
		Administration administration = Administration.valueOf(jwt.getClaimAsString(ADMINISTRATION));
		if (KIND_PROFESSIONAL.equals(kind)) {
			return new ProfessionalCaller(jwt.getSubject(), administration,
					Boolean.TRUE.equals(jwt.getClaimAsBoolean(SUPPORT_TEAM)), jwt.getClaimAsString(ROLE));
		}
		if (KIND_CLIENT.equals(kind)) {
			List<String> names = jwt.getClaimAsStringList(CATEGORIES);
			Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
			if (names != null) {
				names.forEach((name) -> categories.add(DataCategory.valueOf(name)));
			}
			return new PartnerClientCaller(jwt.getSubject(), jwt.getClaimAsString(NAME), administration, categories);
		}
		throw new IllegalArgumentException("Token names no known caller kind");
	}

}

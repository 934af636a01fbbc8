package dk.kk.hfi.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;

/**
 * Demo mode's directory of who can be signed in as, and the token shortcut for scripts
 * and tests.
 */
@RestController
@RequestMapping("/demo")
@Conditional(DemoModeCondition.class)
class DemoController {

	private final ProfessionalRepository professionals;

	private final FamilyService families;

	private final DemoTokenIssuer issuer;

	DemoController(ProfessionalRepository professionals, FamilyService families, DemoTokenIssuer issuer) {
		this.professionals = professionals;
		this.families = families;
		this.issuer = issuer;
	}

	@GetMapping("/professionals")
	DemoDirectory directory() {
		Map<String, List<FamilyRef>> familiesByProfessional = this.families.activeTeamFamiliesByProfessional()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue()
						.stream()
						.map((family) -> new FamilyRef(family.id(), family.name()))
						.sorted(Comparator.comparing(FamilyRef::name))
						.toList()));
		List<DemoProfessional> people = this.professionals.findAll(Sort.by("administration", "name"))
			.stream()
			.map((professional) -> new DemoProfessional(professional.id(), professional.name(),
					professional.administration(), professional.role().name(), professional.title(),
					professional.supportTeam(), familiesByProfessional.getOrDefault(professional.id(), List.of())))
			.toList();
		List<DemoPartnerClient> clients = DemoClient.ALL.stream()
			.map((client) -> new DemoPartnerClient(client.clientId(), client.name(), client.administration(),
					client.categories()))
			.toList();
		return new DemoDirectory(people, clients);
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

	record TokenResponse(@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
			@com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
			@com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn) {
	}

	record DemoDirectory(List<DemoProfessional> professionals, List<DemoPartnerClient> clients) {
	}

	record DemoProfessional(String id, String name, Administration administration, String role, @Nullable String title,
			boolean supportTeam, List<FamilyRef> families) {
	}

	record DemoPartnerClient(String clientId, String name, Administration administration,
			Set<DataCategory> categories) {
	}

	record FamilyRef(String id, String name) {
	}

}

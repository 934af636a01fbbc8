package dk.kk.hfi.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;

/**
 * Demo mode's directory of who can be signed in as: the professionals, their families and
 * the partner clients.
 */
@RestController
@RequestMapping("/demo")
@Conditional(DemoModeCondition.class)
class DemoDirectoryController {

	private final ProfessionalRepository professionals;

	private final FamilyService families;

	DemoDirectoryController(ProfessionalRepository professionals, FamilyService families) {
		this.professionals = professionals;
		this.families = families;
	}

	@GetMapping("/professionals")
	DemoDirectory directory() {
		Map<String, List<FamilyRef>> familiesByProfessional = this.families.activeTeamFamiliesByProfessional()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
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

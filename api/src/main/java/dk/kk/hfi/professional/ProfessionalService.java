package dk.kk.hfi.professional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.common.Paging;
import dk.kk.hfi.common.Versions;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.professional.ProfessionalInputs.CreateProfessionalInput;
import dk.kk.hfi.professional.ProfessionalInputs.UpdateProfessionalInput;

/**
 * The rules of professionals: anyone signed in may look them up, only the support team
 * registers them.
 */
@Service
class ProfessionalService {

	private static final Sort BY_NAME = Sort.by("name", "id");

	private final MongoTemplate mongo;

	private final ProfessionalRepository professionals;

	private final IdGenerator ids;

	ProfessionalService(MongoTemplate mongo, ProfessionalRepository professionals, IdGenerator ids) {
		this.mongo = mongo;
		this.professionals = professionals;
		this.ids = ids;
	}

	Professional find(String id) {
		return this.professionals.findById(id).orElseThrow(() -> HfiException.notFound("Professional " + id));
	}

	Window<Professional> page(Administration administration, String text, ScrollSubrange subrange) {
		List<Criteria> criteria = new ArrayList<>();
		if (administration != null) {
			criteria.add(Criteria.where("administration").is(administration));
		}
		if (text != null) {
			criteria.add(Criteria.where("name").regex(Pattern.quote(text.strip()), "i"));
		}
		Query query = (criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria)))
			.with(BY_NAME);
		query.with(Paging.position(subrange, BY_NAME)).limit(Paging.count(subrange));
		return this.mongo.scroll(query, Professional.class);
	}

	List<Professional> supportTeam() {
		return this.professionals.findBySupportTeamTrue(Sort.by("administration", "name"));
	}

	Professional create(Caller caller, CreateProfessionalInput input) {
		return this.professionals.insert(
				new Professional(this.ids.next(""), null, input.name().strip(), input.administration(), input.role(),
						input.title().strip(), input.email(), input.phone(), Boolean.TRUE.equals(input.supportTeam())));
	}

	Professional update(Caller caller, UpdateProfessionalInput input) {
		Professional old = find(input.id());
		Versions.requireCurrent(old.version(), input.expectedVersion(), "The professional");
		return this.professionals
			.save(new Professional(old.id(), old.version(), (input.name() != null) ? input.name().strip() : old.name(),
					old.administration(), (input.role() != null) ? input.role() : old.role(),
					(input.title() != null) ? input.title().strip() : old.title(),
					(input.email() != null) ? input.email() : old.email(),
					(input.phone() != null) ? input.phone() : old.phone(),
					(input.supportTeam() != null) ? input.supportTeam() : old.supportTeam()));
	}

}

package dk.kk.hfi.domain.professional;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Professionals by id, and the support team. */
public interface ProfessionalRepository extends MongoRepository<Professional, String> {

	List<Professional> findBySupportTeamTrue(Sort sort);

}

package dk.kk.hfi.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Plans by family. */
public interface PlanRepository extends MongoRepository<Plan, String> {

	List<Plan> findByFamilyIdIn(Collection<String> familyIds);

	Optional<Plan> findByFamilyId(String familyId);

}

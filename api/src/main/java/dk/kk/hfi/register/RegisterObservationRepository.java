package dk.kk.hfi.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Register observations by family, append-only. */
public interface RegisterObservationRepository extends MongoRepository<RegisterObservation, String> {

	List<RegisterObservation> findByFamilyIdIn(Collection<String> familyIds);

}

package dk.kk.hfi.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Consent versions, append-only. */
public interface ConsentRepository extends MongoRepository<ConsentVersion, String> {

	List<ConsentVersion> findByFamilyIdIn(Collection<String> familyIds);

	Optional<ConsentVersion> findTopByConsentIdOrderByVersionDesc(String consentId);

}

package dk.kk.hfi.domain.consent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

import dk.kk.hfi.common.Paging;

/** Consent versions, append-only. */
public interface ConsentRepository extends MongoRepository<ConsentVersion, String> {

	@Meta(cursorBatchSize = Paging.CURSOR_BATCH_SIZE)
	List<ConsentVersion> findByFamilyIdIn(Collection<String> familyIds);

	Optional<ConsentVersion> findTopByConsentIdOrderByVersionDesc(String consentId);

}

package dk.kk.hfi.domain.family;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Families by id or member; a caller's filtered and paged look-ups go through the family feature's service. */
public interface FamilyRepository extends MongoRepository<Family, String> {

	/** The family a member belongs to, whoever asks: callers must still be in its {@code FamilyScope}. */
	Optional<Family> findByMembersId(String memberId);

}

package dk.kk.hfi.domain.family;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Families by id; filtered and paged look-ups go through {@code FamilyService}. */
public interface FamilyRepository extends MongoRepository<Family, String> {

}

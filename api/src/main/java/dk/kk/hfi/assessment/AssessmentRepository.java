package dk.kk.hfi.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Assessments by family. */
public interface AssessmentRepository extends MongoRepository<Assessment, String> {

	List<Assessment> findByFamilyIdIn(Collection<String> familyIds);

}

package dk.kk.hfi.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Experience surveys by family. */
public interface ExperienceSurveyRepository extends MongoRepository<ExperienceSurvey, String> {

	List<ExperienceSurvey> findByFamilyIdIn(Collection<String> familyIds);

}

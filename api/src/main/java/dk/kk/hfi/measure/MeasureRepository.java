package dk.kk.hfi.measure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Measures by family. */
public interface MeasureRepository extends MongoRepository<Measure, String> {

	List<Measure> findByFamilyIdIn(Collection<String> familyIds);

}

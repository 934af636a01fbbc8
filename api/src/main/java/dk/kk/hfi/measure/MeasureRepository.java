package dk.kk.hfi.measure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

import dk.kk.hfi.common.Paging;

/** Measures by family. */
public interface MeasureRepository extends MongoRepository<Measure, String> {

	@Meta(cursorBatchSize = Paging.CURSOR_BATCH_SIZE)
	List<Measure> findByFamilyIdIn(Collection<String> familyIds);

}

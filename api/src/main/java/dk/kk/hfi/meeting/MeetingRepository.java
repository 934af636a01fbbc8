package dk.kk.hfi.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Meetings by family. */
public interface MeetingRepository extends MongoRepository<Meeting, String> {

	List<Meeting> findByFamilyIdIn(Collection<String> familyIds);

}

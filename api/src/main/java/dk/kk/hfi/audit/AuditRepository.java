package dk.kk.hfi.audit;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** Audit events: append and read only; the repository has no update or delete. */
public interface AuditRepository extends Repository<AccessLogEntry, String> {

	List<AccessLogEntry> findByFamilyId(String familyId, Sort sort, Limit limit);

	List<AccessLogEntry> findByMemberIds(String memberId, Sort sort);

}

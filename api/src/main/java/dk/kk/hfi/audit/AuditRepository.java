package dk.kk.hfi.audit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/** Audit events: append and read only; the repository has no update or delete. */
public interface AuditRepository extends Repository<AccessLogEntry, String> {

	List<AccessLogEntry> findByMemberIds(String memberId, Sort sort);

}

package dk.kk.hfi.family;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import dk.kk.hfi.access.RecordLocator;
import dk.kk.hfi.domain.family.Family;

/** The family of a member, for the operation policy. */
@Component
class MemberLocator implements RecordLocator {

	private final MongoTemplate mongo;

	MemberLocator(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String argument() {
		return "memberId";
	}

	@Override
	public String recordName() {
		return "Member";
	}

	@Override
	public Optional<Located> locate(String id) {
		Query query = Query.query(Criteria.where("members._id").is(id));
		query.fields().include("_id");
		return Optional.ofNullable(this.mongo.findOne(query, org.bson.Document.class, "families"))
			.map((family) -> new Located(family.getString("_id"), Family.MEMBER_DATA_OWNERS));
	}

}

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
class MemberLocator extends RecordLocator.ByLookup {

	MemberLocator(MongoTemplate mongo) {
		super("memberId", "Member", (id) -> familyOf(mongo, id));
	}

	private static Optional<Located> familyOf(MongoTemplate mongo, String memberId) {
		Query query = Query.query(Criteria.where("members._id").is(memberId));
		query.fields().include("_id");
		return Optional.ofNullable(mongo.findOne(query, org.bson.Document.class, "families"))
			.map((family) -> new Located(family.getString("_id"), Family.MEMBER_DATA_OWNERS));
	}

}

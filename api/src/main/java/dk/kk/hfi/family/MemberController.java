package dk.kk.hfi.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.RelationKind;
import dk.kk.hfi.domain.family.StoredRelation;

/** The derived and related fields of members. */
@Controller
class MemberController {

	private final Clock clock;

	MemberController(Clock clock) {
		this.clock = clock;
	}

	@SchemaMapping
	@Nullable Integer age(Member member) {
		return member.ageOn(LocalDate.now(this.clock));
	}

	@SchemaMapping
	CompletableFuture<List<Relation>> relations(Member source, DataLoader<String, Member> members) {
		List<String> ids = source.relations().stream().map(StoredRelation::memberId).toList();
		return members.loadMany(ids).thenApply((related) -> {
			List<Relation> relations = new java.util.ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				if (related.get(i) != null) {
					relations.add(new Relation(source.relations().get(i).kind(), related.get(i)));
				}
			}
			return relations;
		});
	}

	record Relation(RelationKind kind, Member member) {
	}

}

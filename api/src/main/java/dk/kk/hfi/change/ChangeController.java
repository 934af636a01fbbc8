package dk.kk.hfi.change;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.domain.RequestSnapshot;

/** The change feed (see {@link ChangeFeedReader}). */
@Controller
class ChangeController {

	private final ChangeFeedReader feed;

	ChangeController(ChangeFeedReader feed) {
		this.feed = feed;
	}

	@QueryMapping
	Window<ChangeEvent> changes(ScrollSubrange subrange, DataFetchingEnvironment env) {
		return this.feed.page(AccessContext.of(env.getGraphQlContext()), RequestSnapshot.of(env.getGraphQlContext()),
				subrange);
	}

}

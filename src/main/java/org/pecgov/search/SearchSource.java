package org.pecgov.search;

import java.util.List;

/**
 * A feature whose records the site search finds: it searches only what the signed-in user may read, by the same
 * rules as its own pages, and says where each record is read.
 */
public interface SearchSource {

	/**
	 * @param query what was asked, by whom
	 * @return at most {@link SearchQuery#limit()} hits, any order
	 */
	List<SearchHit> search(SearchQuery query);

}

package org.pecgov.member;

import java.util.List;

import org.pecgov.search.SearchHit;
import org.pecgov.search.SearchQuery;
import org.pecgov.search.SearchSource;
import org.pecgov.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members found by name, email or affiliation: the PCT's register to its administrator, chair and secretary (as
 * {@code /members}); a member finds only their own record (as {@code /members/{id}} opens to them). Retired members
 * are found too, as the register shows them on request. The text searched is the expression of the index
 * {@code person_search_idx} (V38), word for word.
 */
@Component
class PeopleSearch implements SearchSource {

	private final JdbcClient jdbc;

	PeopleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		if (!query.roleIn(Role.ADMIN, Role.CHAIR, Role.SECRETARY) && query.personId() == null) {
			return List.of();
		}
		boolean ownOnly = !query.roleIn(Role.ADMIN, Role.CHAIR, Role.SECRETARY);
		return this.jdbc.sql("""
				select p.id, p.title, p.given_name, p.family_name, p.status,
				       ts_rank(to_tsvector('simple', coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '') || ' '
				               || coalesce(translate(p.email, '.@', '  '), '') || ' ' || coalesce(p.affiliations, '')), q) as rank,
				       ts_headline('simple', p.given_name || ' ' || p.family_name || coalesce(' – ' || p.affiliations, ''),
				               q, :options) as headline
				from person p, to_tsquery('simple', :query) q
				where p.organisation_id = :organisation
				  and (:ownOnly = false or p.id = :person)
				  and to_tsvector('simple', coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '') || ' '
				      || coalesce(translate(p.email, '.@', '  '), '') || ' ' || coalesce(p.affiliations, '')) @@ q
				order by rank desc, p.family_name, p.given_name, p.id
				limit :limit""")
			.param("options", SearchQuery.HEADLINE_OPTIONS)
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("ownOnly", ownOnly)
			.param("person", (query.personId() != null) ? query.personId() : -1L)
			.param("limit", query.limit())
			.query((rs, n) -> new SearchHit("RETIRED".equals(rs.getString("status")) ? "MEMBER_RETIRED" : "MEMBER", name(rs.getString("title"), rs.getString("given_name"),
					rs.getString("family_name")), "/members/" + rs.getLong("id"),
					null, null, rs.getString("headline"),
					rs.getDouble("rank") + 0.05))
			.list();
	}

	private static String name(String title, String given, String family) {
		return ((title != null && !title.isBlank()) ? title + " " : "") + given + " " + family;
	}

}

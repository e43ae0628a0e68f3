package org.pecgov.interest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.search.SearchHit;
import org.pecgov.search.SearchQuery;
import org.pecgov.search.SearchSource;
import org.pecgov.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Declarations of interest found for the site search: the PCT's register to its administrator, chair and secretary
 * (as {@code /interests}, withheld ones included, as there); a member finds only their own (as
 * {@code /declarations/mine}). The guardian's and reviewers' notes are never searched. The text searched is the
 * expression of the index {@code declaration_search_idx} (V38), word for word.
 */
@Component
class DeclarationSearch implements SearchSource {

	private final JdbcClient jdbc;

	private final PersonService people;

	DeclarationSearch(JdbcClient jdbc, PersonService people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		boolean register = query.roleIn(Role.ADMIN, Role.CHAIR, Role.SECRETARY);
		if (!register && query.personId() == null) {
			return List.of();
		}
		record Found(long id, long personId, java.time.LocalDate from, String headline, double rank) {
		}
		List<Found> found = this.jdbc.sql("""
				select d.id, d.person_id, d.from_date,
				       ts_rank(to_tsvector('english', d.description || ' ' || coalesce(d.relationship, '') || ' '
				               || coalesce(d.actions, '')), q) as rank,
				       ts_headline('english', d.description || coalesce(' – ' || d.actions, ''), q, :options) as headline
				from declaration d, to_tsquery('english', :query) q
				where d.organisation_id = :organisation
				  and (:register or d.person_id = :person)
				  and to_tsvector('english', d.description || ' ' || coalesce(d.relationship, '') || ' '
				      || coalesce(d.actions, '')) @@ q
				order by rank desc, d.from_date desc, d.id
				limit :limit""")
			.param("options", SearchQuery.HEADLINE_OPTIONS)
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("register", register)
			.param("person", (query.personId() != null) ? query.personId() : -1L)
			.param("limit", query.limit())
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("person_id"), rs.getDate("from_date").toLocalDate(),
					rs.getString("headline"), rs.getDouble("rank")))
			.list();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Person> declarants = this.people
			.byIdsOf(query.organisationId(), found.stream().map(Found::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return found.stream().map((f) -> {
			Person declarant = declarants.get(f.personId());
			String name = (declarant != null) ? declarant.getFullName() : null;
			String href = register ? "/interests?declarant=" + f.personId() : "/declarations/mine";
			return new SearchHit("DECLARATION", name, href, null, f.from(), f.headline(), f.rank());
		}).toList();
	}

}

package org.pecgov.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.search.SearchHit;
import org.pecgov.search.SearchQuery;
import org.pecgov.search.SearchSource;
import org.pecgov.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings, agenda items, decisions and papers found for the site search, read as the meeting pages read them: every
 * meeting of the PCT to its staff and members (private meetings and items included, as on /meetings), but no paper
 * of an item from which the chair or member who asks is to have no papers (their conflict plan), as on the agenda.
 * Each text searched is the expression of its index in V38, word for word.
 */
@Component
class MeetingSearch implements SearchSource {

	private final JdbcClient jdbc;

	private final CommitteeService committees;

	MeetingSearch(JdbcClient jdbc, CommitteeService committees) {
		this.jdbc = jdbc;
		this.committees = committees;
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		Map<Long, String> names = this.committees.committeesOf(query.organisationId())
			.stream()
			.collect(Collectors.toMap(Committee::getId, Committee::getName));
		List<SearchHit> hits = new ArrayList<>();
		hits.addAll(meetings(query, names));
		hits.addAll(items(query, names));
		hits.addAll(decisions(query, names));
		hits.addAll(papers(query, names));
		return hits;
	}

	private List<SearchHit> meetings(SearchQuery query, Map<Long, String> names) {
		// a committee's name finds its meetings, latest first and after any text found
		List<Long> named = names.entrySet()
			.stream()
			.filter((entry) -> namesAll(entry.getValue(), query.words()))
			.map(Map.Entry::getKey)
			.toList();
		return this.jdbc.sql("""
				select m.id, m.committee_id, m.meeting_date,
				       ts_rank(to_tsvector('english', coalesce(m.place, '') || ' ' || coalesce(m.agenda_update, '')), q) as rank,
				       ts_headline('english', coalesce(m.place, '') || coalesce(' – ' || m.agenda_update, ''), q, :options) as headline
				from meeting m, to_tsquery('english', :query) q
				where m.organisation_id = :organisation
				  and (to_tsvector('english', coalesce(m.place, '') || ' ' || coalesce(m.agenda_update, '')) @@ q
				       or m.committee_id in (:named))
				order by rank desc, m.meeting_date desc, m.id desc
				limit :limit""")
			.param("options", SearchQuery.HEADLINE_OPTIONS)
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("named", named.isEmpty() ? List.of(-1L) : named)
			.param("limit", query.limit())
			.query((rs, n) -> new SearchHit("MEETING", names.get(rs.getLong("committee_id")),
					"/meetings/" + rs.getLong("id"), null, rs.getDate("meeting_date").toLocalDate(),
					found(rs.getString("headline")), rs.getDouble("rank")))
			.list();
	}

	private List<SearchHit> items(SearchQuery query, Map<Long, String> names) {
		return this.jdbc.sql("""
				select i.id, i.meeting_id, i.title, m.committee_id, m.meeting_date,
				       ts_rank(to_tsvector('english', i.title || ' ' || coalesce(i.presenter, '') || ' ' || coalesce(i.minutes, '')), q) as rank,
				       ts_headline('english', coalesce(i.presenter, '') || ' ' || coalesce(i.minutes, ''), q, :options) as headline
				from agenda_item i join meeting m on m.id = i.meeting_id, to_tsquery('english', :query) q
				where i.organisation_id = :organisation
				  and to_tsvector('english', i.title || ' ' || coalesce(i.presenter, '') || ' ' || coalesce(i.minutes, '')) @@ q
				order by rank desc, m.meeting_date desc, i.id
				limit :limit""")
			.param("options", SearchQuery.HEADLINE_OPTIONS)
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("limit", query.limit())
			.query((rs, n) -> new SearchHit("AGENDA_ITEM", rs.getString("title"),
					"/meetings/" + rs.getLong("meeting_id") + "/agenda#item-" + rs.getLong("id"),
					names.get(rs.getLong("committee_id")), rs.getDate("meeting_date").toLocalDate(),
					found(rs.getString("headline")), rs.getDouble("rank") + 0.01))
			.list();
	}

	private List<SearchHit> decisions(SearchQuery query, Map<Long, String> names) {
		return this.jdbc.sql("""
				select d.id, i.id as item_id, i.title, i.meeting_id, m.committee_id, m.meeting_date,
				       ts_rank(to_tsvector('english', d.outcome), q) as rank,
				       ts_headline('english', d.outcome, q, :options) as headline
				from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id,
				     to_tsquery('english', :query) q
				where d.organisation_id = :organisation
				  and to_tsvector('english', d.outcome) @@ q
				order by rank desc, m.meeting_date desc, d.id
				limit :limit""")
			.param("options", SearchQuery.HEADLINE_OPTIONS)
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("limit", query.limit())
			.query((rs, n) -> new SearchHit("DECISION", rs.getString("title"),
					"/meetings/" + rs.getLong("meeting_id") + "/minutes#item-" + rs.getLong("item_id"),
					names.get(rs.getLong("committee_id")), rs.getDate("meeting_date").toLocalDate(),
					rs.getString("headline"), rs.getDouble("rank")))
			.list();
	}

	private List<SearchHit> papers(SearchQuery query, Map<Long, String> names) {
		boolean everyPaper = query.roleIn(Role.ADMIN, Role.SECRETARY);
		return this.jdbc.sql("""
				select p.id, p.item_id, p.filename, i.meeting_id, i.title, m.committee_id, m.meeting_date,
				       ts_rank(to_tsvector('simple', translate(p.filename, '._-', '   ')), q) as rank
				from paper p join agenda_item i on i.id = p.item_id join meeting m on m.id = i.meeting_id,
				     to_tsquery('simple', :query) q
				where p.organisation_id = :organisation
				  and to_tsvector('simple', translate(p.filename, '._-', '   ')) @@ q
				  and (:everyPaper or not exists (select 1 from conflict_plan c where c.item_id = p.item_id
				                                   and c.person_id = :person and c.plan = 'NO_PAPERS'))
				order by rank desc, m.meeting_date desc, p.id
				limit :limit""")
			.param("query", query.tsquery())
			.param("organisation", query.organisationId())
			.param("everyPaper", everyPaper)
			.param("person", (query.personId() != null) ? query.personId() : -1L)
			.param("limit", query.limit())
			.query((rs, n) -> new SearchHit("PAPER", rs.getString("filename"),
					"/meetings/" + rs.getLong("meeting_id") + "/agenda/items/" + rs.getLong("item_id") + "/papers/"
							+ rs.getLong("id"),
					names.get(rs.getLong("committee_id")) + " – " + rs.getString("title"),
					rs.getDate("meeting_date").toLocalDate(), null, rs.getDouble("rank")))
			.list();
	}

	/** A headline shows only when it shows a word found (ts_headline gives the start of the text otherwise). */
	private static String found(String headline) {
		return (headline != null && headline.indexOf(SearchQuery.MARK_START) >= 0) ? headline : null;
	}

	private static boolean namesAll(String name, List<String> words) {
		List<String> parts = List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
		return words.stream().allMatch((word) -> parts.stream().anyMatch((part) -> part.startsWith(word)));
	}

}

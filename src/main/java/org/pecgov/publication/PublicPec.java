package org.pecgov.publication;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.member.Profession;
import org.pecgov.organisation.Organisation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on a PCT's PEC today, as its public home shows them: name, profession, posts, lead areas and whether
 * they hold a seat on the Board; the chair first. Read from the views the owning modules keep for published pages
 * (post_holding, published_post, person_name): no contact details, no private note; in one statement.
 */
@Service
@Transactional(readOnly = true)
public class PublicPec {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PublicPec(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The PEC's members today.
	 * @param pct the PCT
	 * @return one row per member, the chair first, then by surname
	 */
	public List<Member> members(Organisation pct) {
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today",
				Date.valueOf(LocalDate.now(this.clock)));
		Map<Long, Member> byPerson = new LinkedHashMap<>();
		this.jdbc.query("""
				select h.person_id, n.title as honorific, n.given_name, n.family_name, n.profession, pp.title as post,
				       pp.post_kind, pp.lead_areas,
				       exists (select 1 from post_holding b join published_post bp on bp.post_id = b.post_id
				               where b.person_id = h.person_id and b.organisation_id = :pct
				                 and (bp.committee_kind = 'BOARD' or b.board_seat)
				                 and b.first_day <= :today and (b.last_day is null or b.last_day >= :today)) as board_seat
				from post_holding h
				join published_post pp on pp.post_id = h.post_id
				join person_name n on n.person_id = h.person_id
				where h.organisation_id = :pct and pp.committee_kind = 'PEC'
				  and h.first_day <= :today and (h.last_day is null or h.last_day >= :today)
				order by case when pp.post_kind = 'CHAIR' then 0 when pp.post_kind = 'DEPUTY_CHAIR' then 1 else 2 end,
				         lower(n.family_name), lower(n.given_name), h.person_id, pp.title
				""", params, (rs) -> {
			long id = rs.getLong("person_id");
			Member known = byPerson.get(id);
			String post = rs.getString("post");
			String lead = rs.getString("lead_areas");
			if (known == null) {
				String honorific = rs.getString("honorific");
				String name = ((honorific != null && !honorific.isBlank()) ? honorific.strip() + " " : "")
						+ rs.getString("given_name") + " " + rs.getString("family_name");
				String profession = rs.getString("profession");
				List<String> posts = new ArrayList<>(List.of(post));
				List<String> leads = new ArrayList<>();
				if (lead != null && !lead.isBlank()) {
					leads.add(lead.strip());
				}
				byPerson.put(id, new Member(name, (profession != null) ? Profession.valueOf(profession) : null, posts,
						leads, "CHAIR".equals(rs.getString("post_kind")), rs.getBoolean("board_seat")));
			}
			else {
				known.posts().add(post);
				if (lead != null && !lead.isBlank()) {
					known.leadAreas().add(lead.strip());
				}
			}
		});
		return List.copyOf(byPerson.values());
	}

	/**
	 * A member of the PEC as the public reads it.
	 * @param name their name
	 * @param profession their profession, if recorded
	 * @param posts their posts on the PEC
	 * @param leadAreas the lead areas of those posts
	 * @param chair whether they chair the PEC
	 * @param boardSeat whether they hold a seat on the PCT Board
	 */
	public record Member(String name, Profession profession, List<String> posts, List<String> leadAreas, boolean chair,
			boolean boardSeat) {
	}

}

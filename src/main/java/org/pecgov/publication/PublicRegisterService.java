package org.pecgov.publication;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.interest.InterestCategory;
import org.pecgov.interest.InterestKind;
import org.pecgov.interest.gift.GiftKind;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a PCT publishes, read without signing in: the register of interests of its post holders, who has not
 * made a return in the current round, and the gifts and hospitality register.
 * <p>
 * Only post holders appear (a person who holds no post is never shown), only interests the declarant consented
 * to publish, and never an email address, a private note or who recorded an entry. Every query names the PCT.
 */
@Service
@Transactional(readOnly = true)
public class PublicRegisterService {

	/** Interests that ended within this many months are still published. */
	public static final int ENDED_MONTHS_SHOWN = 6;

	/** Gifts and hospitality offered within this many months are published. */
	public static final int GIFT_MONTHS_SHOWN = 12;

	static final int PAGE_SIZE = 50;

	private static final int STREAM_FETCH_SIZE = 1000;

	// Every statement reads the views that the owning modules keep for this (V16): post_holding (appointment),
	// person_name (member), register_entry, register_gift and declaring_activity (interest); never their tables.

	/** Post holders on the day (appointment's rule, through its view). */
	private static final String HOLDERS = """
			select h.person_id from post_holding h
			where h.organisation_id = :pct and h.first_day <= :today and (h.last_day is null or h.last_day >= :today)
			""";

	private static final String PUBLISHED = """
			from register_entry e join person_name p on p.person_id = e.person_id
			where e.organisation_id = :pct and e.from_date <= :today
			  and (e.to_date is null or e.to_date >= :endedSince)
			  and e.person_id in (""" + HOLDERS + ")";

	private static final String ENTRY_COLUMNS = """
			select e.declaration_id, e.person_id, p.title, p.given_name, p.family_name, e.kind, e.relationship,
			       e.category, e.withheld, e.description, e.from_date, e.to_date, e.actions, e.concerns,
			       max(e.updated_on) over (partition by e.person_id) as person_updated,
			       (select string_agg(distinct h.post_title, '; ') from post_holding h
			          where h.person_id = e.person_id and h.organisation_id = :pct and h.first_day <= :today
			            and (h.last_day is null or h.last_day >= :today)) as posts
			""";

	private static final String GIFTS = """
			from register_gift g join person_name p on p.person_id = g.person_id
			where g.organisation_id = :pct and g.offered_on >= :since and g.offered_on <= :today
			  and g.person_id in (""" + HOLDERS + ")";

	private static final String GIFT_COLUMNS = "select g.offered_on, p.title, p.given_name, p.family_name, g.kind, "
			+ "g.offered_by, g.description, g.value, g.accepted ";

	private final NamedParameterJdbcTemplate jdbc;

	/** For downloads: fetches rows in batches from a cursor, so memory stays constant whatever the size. */
	private final NamedParameterJdbcTemplate streaming;

	private final OrganisationService organisations;

	private final SettingsService settings;

	private final Clock clock;

	PublicRegisterService(NamedParameterJdbcTemplate jdbc, OrganisationService organisations, SettingsService settings,
			Clock clock) {
		this.jdbc = jdbc;
		org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(
				jdbc.getJdbcTemplate().getDataSource());
		cursor.setFetchSize(STREAM_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.organisations = organisations;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The PCT with this code.
	 * @param code its code, any case
	 * @return the PCT
	 * @throws NotFoundException if there is no PCT with the code
	 */
	public Organisation pct(String code) {
		return this.organisations.findByCode(code.toUpperCase(java.util.Locale.ROOT))
			.filter((o) -> o.getType() == OrganisationType.PCT)
			.orElseThrow(() -> new NotFoundException("PCT", code));
	}

	/**
	 * A page of the published register of interests, by surname, in two statements.
	 * @param pct the PCT
	 * @param page the page, from 0
	 * @return the entries
	 */
	public Page<Entry> interests(Organisation pct, int page) {
		return interests(pct, page, null);
	}

	/**
	 * A page of the published register of interests, by surname, of the post holders whose name holds the words
	 * searched for, in two statements.
	 * @param pct the PCT
	 * @param page the page, from 0
	 * @param name words of a name, or blank for everyone
	 * @return the entries
	 */
	public Page<Entry> interests(Organisation pct, int page, String name) {
		LocalDate today = LocalDate.now(this.clock);
		String searched = (name == null || name.isBlank()) ? null
				: "%" + name.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_").replaceAll("\\s+", "%") + "%";
		String filter = (searched != null) ? " and lower(coalesce(p.title || ' ', '') || p.given_name || ' ' || p.family_name) like :name"
				: "";
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today", Date.valueOf(today))
			.addValue("endedSince", Date.valueOf(today.minusMonths(ENDED_MONTHS_SHOWN)))
			.addValue("name", searched)
			.addValue("limit", PAGE_SIZE)
			.addValue("offset", (long) Math.max(page, 0) * PAGE_SIZE);
		Long total = this.jdbc.queryForObject("select count(*) " + PUBLISHED + filter, params, Long.class);
		List<Entry> entries = this.jdbc.query(ENTRY_COLUMNS + PUBLISHED + filter
				+ " order by lower(p.family_name), lower(p.given_name), e.person_id, e.from_date desc, e.declaration_id"
				+ " limit :limit offset :offset", params, (rs, n) -> entry(rs));
		return new PageImpl<>(entries, PageRequest.of(Math.max(page, 0), PAGE_SIZE), (total != null) ? total : 0);
	}

	/**
	 * The current round of the PCT.
	 * @param pct the PCT
	 * @return the round that opened last (or that opens this year)
	 */
	public DeclarationRound round(Organisation pct) {
		PctSettings rules = this.settings.of(pct.getId());
		return DeclarationRound.on(LocalDate.now(this.clock), rules.getRoundOpens(), rules.getRoundCloses());
	}

	/**
	 * The post holders who have made neither a declaration nor a nil return in the current round, by surname:
	 * at most one row per post holder, so bounded by the number of posts.
	 * @param pct the PCT
	 * @param round the current round
	 * @return their names and posts
	 */
	public List<Outstanding> outstanding(Organisation pct, DeclarationRound round) {
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(round.opensOn())) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today", Date.valueOf(today))
			.addValue("year", round.year())
			.addValue("opens", Date.valueOf(round.opensOn()));
		Map<String, Outstanding> byPerson = new LinkedHashMap<>();
		this.jdbc.query("""
				select p.person_id as id, p.title, p.given_name, p.family_name, h.post_title as post
				from post_holding h join person_name p on p.person_id = h.person_id
				where h.organisation_id = :pct and h.first_day <= :today and (h.last_day is null or h.last_day >= :today)
				  and not exists (select 1 from declaring_activity r where r.person_id = h.person_id
				                  and r.organisation_id = :pct
				                  and ((r.round_return and r.round_year = :year) or (not r.round_return and r.made_on >= :opens)))
				order by lower(p.family_name), lower(p.given_name), p.person_id, h.post_title
				""", params, (rs) -> {
			String key = Long.toString(rs.getLong("id"));
			Outstanding known = byPerson.get(key);
			String post = rs.getString("post");
			byPerson.put(key, (known == null)
					? new Outstanding(name(rs.getString("title"), rs.getString("given_name"), rs.getString("family_name")), post)
					: new Outstanding(known.name(), known.posts() + "; " + post));
		});
		return new ArrayList<>(byPerson.values());
	}

	/**
	 * A page of the published gifts and hospitality register: what was offered to the PCT's post holders in the last
	 * {@value #GIFT_MONTHS_SHOWN} months, newest first, in two statements.
	 * @param pct the PCT
	 * @param page the page, from 0
	 * @return the entries
	 */
	public Page<Gift> gifts(Organisation pct, int page) {
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today", Date.valueOf(today))
			.addValue("since", Date.valueOf(today.minusMonths(GIFT_MONTHS_SHOWN)))
			.addValue("limit", PAGE_SIZE)
			.addValue("offset", (long) Math.max(page, 0) * PAGE_SIZE);
		Long total = this.jdbc.queryForObject("select count(*) " + GIFTS, params, Long.class);
		List<Gift> gifts = this.jdbc.query(GIFT_COLUMNS + GIFTS + " order by g.offered_on desc, g.gift_id desc"
				+ " limit :limit offset :offset", params, (rs, n) -> gift(rs));
		return new PageImpl<>(gifts, PageRequest.of(Math.max(page, 0), PAGE_SIZE), (total != null) ? total : 0);
	}

	/**
	 * Writes the whole published register of interests, row by row, without holding it in memory.
	 * @param pct the PCT
	 * @param rows receives each entry in turn
	 */
	public void eachInterest(Organisation pct, java.util.function.Consumer<Entry> rows) {
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today", Date.valueOf(today))
			.addValue("endedSince", Date.valueOf(today.minusMonths(ENDED_MONTHS_SHOWN)));
		this.streaming.query(ENTRY_COLUMNS + PUBLISHED
				+ " order by lower(p.family_name), lower(p.given_name), e.person_id, e.from_date desc, e.declaration_id", params,
				(rs) -> {
					rows.accept(entry(rs));
				});
	}

	/**
	 * Writes the whole published gifts and hospitality register, row by row, without holding it in memory.
	 * @param pct the PCT
	 * @param rows receives each entry in turn
	 */
	public void eachGift(Organisation pct, java.util.function.Consumer<Gift> rows) {
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource params = new MapSqlParameterSource("pct", pct.getId()).addValue("today", Date.valueOf(today))
			.addValue("since", Date.valueOf(today.minusMonths(GIFT_MONTHS_SHOWN)));
		this.streaming.query(GIFT_COLUMNS + GIFTS + " order by g.offered_on desc, g.gift_id desc", params, (rs) -> {
			rows.accept(gift(rs));
		});
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		if (rs.getBoolean("withheld")) {
			// nothing of a withheld entry leaves the database layer but who holds which post
			return new Entry(name(rs.getString("title"), rs.getString("given_name"), rs.getString("family_name")),
					rs.getString("posts"), null, null, null, null, null, null, null, null, true,
					rs.getLong("person_id"), rs.getObject("person_updated", LocalDate.class));
		}
		return new Entry(name(rs.getString("title"), rs.getString("given_name"), rs.getString("family_name")),
				rs.getString("posts"), InterestKind.valueOf(rs.getString("kind")), rs.getString("relationship"),
				InterestCategory.valueOf(rs.getString("category")), rs.getString("description"), rs.getString("concerns"),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getString("actions"), false, rs.getLong("person_id"), rs.getObject("person_updated", LocalDate.class));
	}

	private static Gift gift(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Gift(rs.getObject("offered_on", LocalDate.class),
				name(rs.getString("title"), rs.getString("given_name"), rs.getString("family_name")),
				GiftKind.valueOf(rs.getString("kind")), rs.getString("offered_by"), rs.getString("description"),
				rs.getBigDecimal("value"), rs.getBoolean("accepted"));
	}

	private static String name(String title, String given, String family) {
		return ((title != null && !title.isBlank()) ? title.strip() + " " : "") + given + " " + family;
	}

	/**
	 * A published interest, or only who holds which post if it is withheld; with when the declarant's entries
	 * were last updated.
	 */
	public record Entry(String name, String posts, InterestKind kind, String relationship, InterestCategory category,
			String description, String concerns, LocalDate fromDate, LocalDate toDate, String actions,
			boolean withheld, long personId, LocalDate personUpdated) {

		public boolean ended() {
			return this.toDate != null;
		}

	}

	/** A post holder with no return in the current round. */
	public record Outstanding(String name, String posts) {
	}

	/** A published gift or hospitality entry. */
	public record Gift(LocalDate offeredOn, String name, GiftKind kind, String offeredBy, String description,
			BigDecimal value, boolean accepted) {
	}

}

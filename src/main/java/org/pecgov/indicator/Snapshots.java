package org.pecgov.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators kept each month and the targets each PCT sets, in SQL: a month's snapshot is written once (a
 * second write, from another instance, is ignored).
 */
@Repository
class Snapshots {

	private final JdbcClient jdbc;

	Snapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean has(Long organisationId, LocalDate month) {
		return this.jdbc.sql("select exists (select 1 from indicator_snapshot where organisation_id = ? and month = ?)")
			.params(organisationId, Date.valueOf(month))
			.query(Boolean.class)
			.single();
	}

	int write(Long organisationId, LocalDate month, Collection<Kept> values) {
		int written = 0;
		for (Kept kept : values) {
			written += this.jdbc.sql("""
					insert into indicator_snapshot (organisation_id, month, indicator, value, of_total, status)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing
					""")
				.params(organisationId, Date.valueOf(month), kept.indicator().name(), kept.value(), kept.of(),
						kept.status().name())
				.update();
		}
		return written;
	}

	/** A PCT's snapshots from a month on, oldest first. */
	List<Kept> of(Long organisationId, LocalDate from) {
		return this.jdbc.sql("""
				select organisation_id, month, indicator, value, of_total, status from indicator_snapshot
				where organisation_id = ? and month >= ? order by month, indicator
				""")
			.params(organisationId, Date.valueOf(from))
			.query((rs, row) -> kept(rs))
			.list()
			.stream()
			.filter((k) -> k.indicator() != null)
			.toList();
	}

	/** The latest snapshot of each of some PCTs. */
	List<Kept> latestOf(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.organisation_id, s.month, s.indicator, s.value, s.of_total, s.status from indicator_snapshot s
				join (select organisation_id, max(month) as month from indicator_snapshot
				      where organisation_id in (:ids) group by organisation_id) l
				  on l.organisation_id = s.organisation_id and l.month = s.month
				""")
			.param("ids", organisationIds)
			.query((rs, row) -> kept(rs))
			.list()
			.stream()
			.filter((k) -> k.indicator() != null)
			.toList();
	}

	private static Kept kept(java.sql.ResultSet rs) throws java.sql.SQLException {
		Indicator indicator;
		try {
			indicator = Indicator.valueOf(rs.getString("indicator"));
		}
		catch (IllegalArgumentException ex) {
			indicator = null;
		}
		return new Kept(rs.getLong("organisation_id"), rs.getDate("month").toLocalDate(), indicator, rs.getLong("value"),
				rs.getLong("of_total"), Indicator.Status.valueOf(rs.getString("status")));
	}

}

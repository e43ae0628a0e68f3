package org.pecgov.appraisal;

import java.util.HashMap;
import java.util.Map;

import org.pecgov.appointment.SkillRatings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ratings of each post holder's latest signed appraisal, for the skills matrix: one statement.
 */
@Component
class AppraisalRatings implements SkillRatings {

	private final JdbcClient jdbc;

	AppraisalRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Map<Long, Double>> latest(Long organisationId) {
		Map<Long, Map<Long, Double>> ratings = new HashMap<>();
		this.jdbc.sql("""
				select a.person_id, r.competency_id, r.rating
				from appraisal a join appraisal_rating r on r.appraisal_id = a.id
				where a.organisation_id = ? and not a.superseded
				  and a.member_signed_at is not null and a.appraiser_signed_at is not null
				  and a.id = (select b.id from appraisal b where b.person_id = a.person_id and not b.superseded
				              and b.member_signed_at is not null and b.appraiser_signed_at is not null
				              order by b.period_to desc, b.id desc limit 1)
				""")
			.param(organisationId)
			.query((rs, n) -> {
				ratings.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
				return null;
			})
			.list();
		return ratings;
	}

}

package org.pecgov.appointment.ballot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The secret part of a ballot, written with plain SQL so that nothing (not the audit trail either)
 * ever records a vote with its voter: who may vote and who has voted in ballot_voter; the votes in
 * ballot_vote under random ids, with no voter and no time.
 */
@Component
class BallotBox {

	private final JdbcTemplate jdbc;

	BallotBox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void enrol(Long ballotId, Collection<Long> personIds) {
		this.jdbc.batchUpdate("insert into ballot_voter (ballot_id, person_id) values (?, ?)",
				personIds.stream().map((id) -> new Object[] { ballotId, id }).toList());
	}

	int eligible(Long ballotId) {
		return this.jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Integer.class, ballotId);
	}

	int voted(Long ballotId) {
		return this.jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ? and voted", Integer.class,
				ballotId);
	}

	/**
	 * Whether someone may vote and whether they have.
	 * @param ballotId the ballot
	 * @param personId the person
	 * @return empty when they may not vote, else whether they have voted
	 */
	Optional<Boolean> voterStatus(Long ballotId, Long personId) {
		if (personId == null) {
			return Optional.empty();
		}
		List<Boolean> voted = this.jdbc.queryForList(
				"select voted from ballot_voter where ballot_id = ? and person_id = ?", Boolean.class, ballotId, personId);
		return voted.stream().findFirst();
	}

	/**
	 * Records that someone voted and, apart from that, their vote.
	 * @param ballotId the ballot
	 * @param personId the voter
	 * @param candidateId the candidate, or null not to confirm a single candidate
	 * @return false when they may not vote or have voted already (nothing is recorded then)
	 */
	boolean cast(Long ballotId, Long personId, Long candidateId) {
		int marked = this.jdbc.update(
				"update ballot_voter set voted = true where ballot_id = ? and person_id = ? and not voted", ballotId,
				personId);
		if (marked != 1) {
			return false;
		}
		this.jdbc.update("insert into ballot_vote (id, ballot_id, candidate_id) values (?, ?, ?)", UUID.randomUUID(),
				ballotId, candidateId);
		return true;
	}

	/**
	 * The count.
	 * @param ballotId the ballot
	 * @return votes per candidate id (the null key counts votes not to confirm)
	 */
	Map<Long, Integer> count(Long ballotId) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		this.jdbc.query("select candidate_id, count(*) from ballot_vote where ballot_id = ? group by candidate_id",
				(row) -> {
					long candidate = row.getLong(1);
					counts.put(row.wasNull() ? null : candidate, row.getInt(2));
				}, ballotId);
		return counts;
	}

}

package org.pecgov.appointment.ballot;

import java.util.List;

/**
 * The state of a chair's ballot as the user may see it: the count only once it has closed.
 * @param ballot the ballot
 * @param eligible how many may vote
 * @param voted how many have voted
 * @param canVote whether the signed-in user may vote now
 * @param hasVoted whether the signed-in user has voted
 * @param counts votes per candidate (closed ballots only), "against" for a confirmation
 * @param against votes not to confirm a single candidate (closed ballots only)
 * @param canConfirm whether the signed-in user is the PCT chair and may confirm now
 */
public record BallotView(Ballot ballot, int eligible, int voted, boolean canVote, boolean hasVoted,
		List<Count> counts, int against, boolean canConfirm) {

	/**
	 * Votes for one candidate.
	 * @param candidateId the candidate
	 * @param name their name
	 * @param votes the votes
	 */
	public record Count(Long candidateId, String name, int votes) {
	}

}

package org.pecgov.appointment.composition;

import java.util.List;
import java.util.Map;

import org.pecgov.committee.Committee;
import org.pecgov.competency.Competency;

/**
 * The skills matrix and each committee's gaps.
 * @param competencies the active competencies, columns of the matrix
 * @param members today's post holders, rows of the matrix
 * @param gaps per committee, its required competencies that are weakly covered
 */
public record SkillsView(List<Competency> competencies, List<MemberRow> members, List<CommitteeGaps> gaps) {

	/** A competency is covered by a member whose mean interview score on it is at least this. */
	public static final double COVERED = 3.0;

	/** Fewer covering members than this is a weak cover. */
	public static final int WEAK_BELOW = 2;

	/**
	 * A member's mean scores.
	 * @param personId who
	 * @param name their name
	 * @param scores mean score by competency id
	 */
	public record MemberRow(Long personId, String name, Map<Long, Double> scores) {

		public String score(Long competencyId) {
			Double score = this.scores.get(competencyId);
			return (score == null) ? "" : String.format(java.util.Locale.UK, "%.1f", score);
		}

		public boolean covers(Long competencyId) {
			Double score = this.scores.get(competencyId);
			return score != null && score >= COVERED;
		}

		/**
		 * The heatmap's shade of a cell: the mean score rounded to 1 to 4, or {@code none} when not assessed.
		 * @param competencyId the competency
		 * @return the shade's name
		 */
		public String heat(Long competencyId) {
			Double score = this.scores.get(competencyId);
			return (score == null) ? "none" : Long.toString(Math.max(1, Math.min(4, Math.round(score))));
		}

	}

	/**
	 * Whether any member covers a competency (a mean interview score of at least {@link #COVERED}).
	 * @param competencyId the competency
	 * @return true when someone does
	 */
	public boolean covered(Long competencyId) {
		return this.members.stream().anyMatch((m) -> m.covers(competencyId));
	}

	/**
	 * A committee's weak spots.
	 * @param committee the committee
	 * @param posts how many posts it has (not retired)
	 * @param required how many competencies its posts require
	 * @param lines its required competencies that are weakly covered, or lose cover within 12 months
	 */
	public record CommitteeGaps(Committee committee, int posts, int required, List<GapLine> lines) {
	}

	/**
	 * A required competency and its cover.
	 * @param competencyId the competency
	 * @param name its name
	 * @param essential whether a post requires it as essential
	 * @param coveredBy members covering it today
	 * @param leaving of them, those whose terms end within 12 months
	 */
	public record GapLine(Long competencyId, String name, boolean essential, int coveredBy, int leaving) {

		public boolean notCovered() {
			return this.coveredBy == 0;
		}

		public boolean weak() {
			return this.coveredBy < WEAK_BELOW;
		}

		public boolean losesCover() {
			return this.coveredBy - this.leaving < WEAK_BELOW;
		}

	}

}

package org.pecgov.appointment.vacancy;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The small forms of a vacancy's page.
 */
final class VacancyForms {

	private VacancyForms() {
	}

	/**
	 * Opening a vacancy.
	 */
	public static class Open {

		@NotNull
		private Long postId;

		@Size(max = 2000)
		private String notes;

		public Long getPostId() {
			return this.postId;
		}

		public void setPostId(Long postId) {
			this.postId = postId;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

	}

	/**
	 * Adding a candidate.
	 */
	public static class AddCandidate {

		@NotNull
		private Long personId;

		@Size(max = 2000)
		private String nominations;

		public Long getPersonId() {
			return this.personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public String getNominations() {
			return this.nominations;
		}

		public void setNominations(String nominations) {
			this.nominations = nominations;
		}

	}

	/**
	 * Adding a panellist.
	 */
	public static class AddPanellist {

		@NotNull
		private Long personId;

		@NotBlank
		@Size(max = 150)
		private String panelRole;

		public Long getPersonId() {
			return this.personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public String getPanelRole() {
			return this.panelRole;
		}

		public void setPanelRole(String panelRole) {
			this.panelRole = panelRole;
		}

	}

	/**
	 * One panellist's scores of one candidate: 1 to 4 per competency, with evidence.
	 */
	public static class Scores {

		private Map<Long, Integer> scores = new LinkedHashMap<>();

		private Map<Long, String> evidence = new LinkedHashMap<>();

		public Map<Long, Integer> getScores() {
			return this.scores;
		}

		public void setScores(Map<Long, Integer> scores) {
			this.scores = scores;
		}

		public Map<Long, String> getEvidence() {
			return this.evidence;
		}

		public void setEvidence(Map<Long, String> evidence) {
			this.evidence = evidence;
		}

	}

	/**
	 * Closing a vacancy unfilled.
	 */
	public static class Close {

		private Long version;

		@NotBlank
		@Size(max = 4000)
		private String reasons;

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getReasons() {
			return this.reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

	}

}

package org.pecgov.meeting.minutes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.pecgov.meeting.agenda.AgendaItem;

/**
 * The minutes of an item, and what was decided on it.
 */
public class DecisionForm {

	@Size(max = 20000)
	private String minutes;

	@Size(max = 2000)
	private String outcome;

	@Min(0)
	@Max(999)
	private Integer votesFor;

	@Min(0)
	@Max(999)
	private Integer votesAgainst;

	@Min(0)
	@Max(999)
	private Integer abstentions;

	private Long version;

	static DecisionForm of(AgendaItem item, Decision decision) {
		DecisionForm form = new DecisionForm();
		form.minutes = item.getMinutes();
		form.version = item.getVersion();
		if (decision != null) {
			form.outcome = decision.getOutcome();
			form.votesFor = decision.getVotesFor();
			form.votesAgainst = decision.getVotesAgainst();
			form.abstentions = decision.getAbstentions();
		}
		return form;
	}

	boolean hasAnything() {
		return this.outcome != null || this.votesFor != null || this.votesAgainst != null || this.abstentions != null;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public Integer getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(Integer votesFor) {
		this.votesFor = votesFor;
	}

	public Integer getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(Integer votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public Integer getAbstentions() {
		return this.abstentions;
	}

	public void setAbstentions(Integer abstentions) {
		this.abstentions = abstentions;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

package org.pecgov.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A competency a post's specification requires, essential or desirable, with the competency's name
 * as it was then.
 */
@Entity
@Immutable
@Table(name = "post_requirement")
public class PostRequirement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "competency_id", nullable = false)
	private Long competencyId;

	@Column(name = "competency_name", nullable = false)
	private String competencyName;

	@Column(nullable = false)
	private boolean essential;

	protected PostRequirement() {
	}

	public PostRequirement(Long competencyId, String competencyName, boolean essential) {
		this.competencyId = competencyId;
		this.competencyName = competencyName;
		this.essential = essential;
	}

	public Long getCompetencyId() {
		return this.competencyId;
	}

	public String getCompetencyName() {
		return this.competencyName;
	}

	public boolean isEssential() {
		return this.essential;
	}

}

package org.pecgov.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A post on a committee. What it asks for is its current {@link PostSpecification}; earlier ones are
 * kept for the appointments made against them.
 */
@Entity
@Table(name = "post")
public class Post extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "committee_id", nullable = false, updatable = false)
	private Long committeeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PostKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "current_specification_id")
	private Long currentSpecificationId;

	protected Post() {
	}

	public Post(Long organisationId, Long committeeId, PostKind kind, String title) {
		this.organisationId = organisationId;
		this.committeeId = committeeId;
		this.kind = kind;
		this.title = title;
	}

	void rename(PostKind kind, String title) {
		this.kind = kind;
		this.title = title;
	}

	void retire() {
		this.retired = true;
	}

	void restore() {
		this.retired = false;
	}

	void specify(PostSpecification specification) {
		this.currentSpecificationId = specification.getId();
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getCommitteeId() {
		return this.committeeId;
	}

	public PostKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public Long getCurrentSpecificationId() {
		return this.currentSpecificationId;
	}

}

package org.pecgov.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A competency of a PCT's catalogue. Retired, never deleted, so that what posts asked for and what
 * panels scored stays readable.
 */
@Entity
@Table(name = "competency")
public class Competency extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompetencyFamily family;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean retired;

	protected Competency() {
	}

	public Competency(Long organisationId, CompetencyFamily family, String name, int position) {
		this.organisationId = organisationId;
		this.family = family;
		this.name = name;
		this.position = position;
	}

	public void rename(String name, CompetencyFamily family) {
		this.name = name;
		this.family = family;
	}

	public void retire() {
		this.retired = true;
	}

	public void restore() {
		this.retired = false;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public CompetencyFamily getFamily() {
		return this.family;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isRetired() {
		return this.retired;
	}

}

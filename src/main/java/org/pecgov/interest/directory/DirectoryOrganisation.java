package org.pecgov.interest.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A practice, consortium, provider, supplier or council in a PCT's directory: what interests concern.
 */
@Entity
@Table(name = "directory_organisation")
public class DirectoryOrganisation extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DirectoryType type;

	@Column(nullable = false)
	private String name;

	private String code;

	@Column(nullable = false)
	private boolean retired;

	protected DirectoryOrganisation() {
	}

	public DirectoryOrganisation(Long organisationId, DirectoryType type, String name, String code) {
		this.organisationId = organisationId;
		change(type, name, code);
	}

	void change(DirectoryType type, String name, String code) {
		this.type = type;
		this.name = name;
		this.code = code;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public DirectoryType getType() {
		return this.type;
	}

	public String getName() {
		return this.name;
	}

	public String getCode() {
		return this.code;
	}

	public boolean isRetired() {
		return this.retired;
	}

}

package org.pecgov.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An SHA or a PCT. A PCT is the tenant of the service: it owns its people, posts and meetings.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity implements OrganisationOwned {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 3)
	private OrganisationType type;

	@Column(nullable = false, length = 10)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "sha_id")
	private Long shaId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Organisation() {
	}

	private Organisation(OrganisationType type, String code, String name, Long shaId, Instant createdAt) {
		this.type = type;
		this.code = code.toUpperCase(java.util.Locale.ROOT);
		this.name = name;
		this.shaId = shaId;
		this.createdAt = createdAt;
	}

	public static Organisation sha(String code, String name, Instant createdAt) {
		return new Organisation(OrganisationType.SHA, code, name, null, createdAt);
	}

	public static Organisation pct(String code, String name, Organisation sha, Instant createdAt) {
		if (sha.getType() != OrganisationType.SHA) {
			throw new IllegalArgumentException("A PCT belongs to an SHA");
		}
		return new Organisation(OrganisationType.PCT, code, name, sha.getId(), createdAt);
	}

	@Override
	public Long getOrganisationId() {
		return getId();
	}

	public OrganisationType getType() {
		return this.type;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public Long getShaId() {
		return this.shaId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}

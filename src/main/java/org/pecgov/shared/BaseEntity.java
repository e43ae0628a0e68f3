package org.pecgov.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every entity.
 */
@MappedSuperclass
public abstract class BaseEntity implements Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(nullable = false)
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isNew() {
		return this.id == null;
	}

	/**
	 * Refuses a write based on a form that was read at another version.
	 * @param formVersion the version the user's form was rendered with
	 */
	public void checkVersion(Long formVersion) {
		if (formVersion == null || formVersion != this.version) {
			throw new StaleEditException(getClass().getSimpleName(), this.id);
		}
	}

}

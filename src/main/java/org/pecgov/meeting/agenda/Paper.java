package org.pecgov.meeting.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A paper of an agenda item (PDF or DOCX). Its content is kept in the same row but is read and written
 * apart, so that lists of papers never load it.
 */
@Entity
@Table(name = "paper")
public class Paper extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private int size;

	@Column(name = "content", nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	protected Paper() {
	}

	Paper(Long organisationId, Long itemId, String filename, PaperType type, byte[] content, Instant uploadedAt,
			String uploadedBy) {
		this.organisationId = organisationId;
		this.itemId = itemId;
		this.filename = filename;
		this.contentType = type.mediaType();
		this.size = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getSize() {
		return this.size;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public byte[] content() {
		return this.content;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}

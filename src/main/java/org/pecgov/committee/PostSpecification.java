package org.pecgov.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.pecgov.shared.Audited;
import org.pecgov.shared.OrganisationOwned;

/**
 * The job description and person specification of a post, as it stood from a given moment: never
 * changed, so that an appointment shows what the post asked for when it was made.
 */
@Entity
@Immutable
@Table(name = "post_specification")
public class PostSpecification implements Audited, OrganisationOwned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "post_id", nullable = false)
	private Long postId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "lead_areas")
	private String leadAreas;

	private String tasks;

	@Column(name = "days_per_week", nullable = false, precision = 2, scale = 1)
	private BigDecimal daysPerWeek;

	private String remuneration;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "specification_id", nullable = false, updatable = false)
	@OrderBy("essential desc, competencyName")
	private List<PostRequirement> requirements = new ArrayList<>();

	protected PostSpecification() {
	}

	PostSpecification(Post post, int number, SpecificationDetails details, List<PostRequirement> requirements,
			Instant createdAt, String createdBy) {
		this.organisationId = post.getOrganisationId();
		this.postId = post.getId();
		this.number = number;
		this.purpose = details.purpose();
		this.leadAreas = details.leadAreas();
		this.tasks = details.tasks();
		this.daysPerWeek = details.daysPerWeek();
		this.remuneration = details.remuneration();
		this.requirements = new ArrayList<>(requirements);
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPostId() {
		return this.postId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getLeadAreas() {
		return this.leadAreas;
	}

	public String getTasks() {
		return this.tasks;
	}

	public BigDecimal getDaysPerWeek() {
		return this.daysPerWeek;
	}

	public String getRemuneration() {
		return this.remuneration;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public List<PostRequirement> getRequirements() {
		return this.requirements;
	}

}

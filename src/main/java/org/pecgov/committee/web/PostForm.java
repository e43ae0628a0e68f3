package org.pecgov.committee.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostSpecification;
import org.pecgov.committee.SpecificationDetails;

/**
 * A post and its job description and person specification.
 */
public class PostForm {

	/** What each competency is to the post: not required (blank), desirable or essential. */
	public static final String ESSENTIAL = "ESSENTIAL";

	public static final String DESIRABLE = "DESIRABLE";

	private Long version;

	@NotNull
	private PostKind kind;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotBlank
	@Size(max = 2000)
	private String purpose;

	@Size(max = 2000)
	private String leadAreas;

	@Size(max = 4000)
	private String tasks;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal daysPerWeek;

	@Size(max = 500)
	private String remuneration;

	private Map<Long, String> requirements = new LinkedHashMap<>();

	public static PostForm empty() {
		PostForm form = new PostForm();
		form.daysPerWeek = BigDecimal.ONE;
		return form;
	}

	public static PostForm from(Post post, PostSpecification specification) {
		PostForm form = new PostForm();
		form.version = post.getVersion();
		form.kind = post.getKind();
		form.title = post.getTitle();
		if (specification != null) {
			form.purpose = specification.getPurpose();
			form.leadAreas = specification.getLeadAreas();
			form.tasks = specification.getTasks();
			form.daysPerWeek = specification.getDaysPerWeek();
			form.remuneration = specification.getRemuneration();
			specification.getRequirements()
				.forEach((r) -> form.requirements.put(r.getCompetencyId(), r.isEssential() ? ESSENTIAL : DESIRABLE));
		}
		return form;
	}

	SpecificationDetails toDetails() {
		Map<Long, Boolean> required = new LinkedHashMap<>();
		this.requirements.forEach((id, level) -> {
			if (ESSENTIAL.equals(level) || DESIRABLE.equals(level)) {
				required.put(id, ESSENTIAL.equals(level));
			}
		});
		return new SpecificationDetails(this.purpose, this.leadAreas, this.tasks, this.daysPerWeek, this.remuneration,
				required);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public PostKind getKind() {
		return this.kind;
	}

	public void setKind(PostKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getLeadAreas() {
		return this.leadAreas;
	}

	public void setLeadAreas(String leadAreas) {
		this.leadAreas = leadAreas;
	}

	public String getTasks() {
		return this.tasks;
	}

	public void setTasks(String tasks) {
		this.tasks = tasks;
	}

	public BigDecimal getDaysPerWeek() {
		return this.daysPerWeek;
	}

	public void setDaysPerWeek(BigDecimal daysPerWeek) {
		this.daysPerWeek = daysPerWeek;
	}

	public String getRemuneration() {
		return this.remuneration;
	}

	public void setRemuneration(String remuneration) {
		this.remuneration = remuneration;
	}

	public Map<Long, String> getRequirements() {
		return this.requirements;
	}

	public void setRequirements(Map<Long, String> requirements) {
		this.requirements = requirements;
	}

}

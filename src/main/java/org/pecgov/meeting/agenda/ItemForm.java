package org.pecgov.meeting.agenda;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agenda item being added or changed.
 */
public class ItemForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	private ItemPurpose purpose;

	@Size(max = 200)
	private String presenter;

	private Long presenterId;

	@NotNull
	private Boolean publicItem;

	@Size(max = 50)
	private Set<Long> organisationIds = new LinkedHashSet<>();

	private Long version;

	private org.pecgov.committee.PecFunction function;

	@jakarta.validation.constraints.Min(1)
	@jakarta.validation.constraints.Max(600)
	private Integer minutes;

	static ItemForm of(AgendaItem item) {
		ItemForm form = new ItemForm();
		form.title = item.getTitle();
		form.purpose = item.getPurpose();
		form.presenter = item.getPresenter();
		form.presenterId = item.getPresenterId();
		form.publicItem = item.isPublicItem();
		form.organisationIds = new LinkedHashSet<>(item.getOrganisationIds());
		form.version = item.getVersion();
		form.function = item.getFunction();
		form.minutes = item.getMinutesAllotted();
		return form;
	}

	ItemDetails toDetails() {
		return new ItemDetails(this.title, this.purpose, this.presenter, Boolean.TRUE.equals(this.publicItem),
				(this.organisationIds != null) ? this.organisationIds : Set.of(), this.function, this.minutes,
				this.presenterId);
	}

	public Long getPresenterId() {
		return this.presenterId;
	}

	public void setPresenterId(Long presenterId) {
		this.presenterId = presenterId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ItemPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(ItemPurpose purpose) {
		this.purpose = purpose;
	}

	public String getPresenter() {
		return this.presenter;
	}

	public void setPresenter(String presenter) {
		this.presenter = presenter;
	}

	public Boolean getPublicItem() {
		return this.publicItem;
	}

	public void setPublicItem(Boolean publicItem) {
		this.publicItem = publicItem;
	}

	public Set<Long> getOrganisationIds() {
		return this.organisationIds;
	}

	public void setOrganisationIds(Set<Long> organisationIds) {
		this.organisationIds = organisationIds;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public org.pecgov.committee.PecFunction getFunction() {
		return this.function;
	}

	public void setFunction(org.pecgov.committee.PecFunction function) {
		this.function = function;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

}

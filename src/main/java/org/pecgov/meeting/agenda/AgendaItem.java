package org.pecgov.meeting.agenda;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An item on a meeting's agenda, and the organisations (from the directory) it concerns.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemPurpose purpose;

	private String presenter;

	@Column(name = "presenter_id")
	private Long presenterId;

	@Column(name = "public_item", nullable = false)
	private boolean publicItem;

	@Column(name = "referred_to")
	private String referredTo;

	@Column(name = "referred_to_committee_id")
	private Long referredToCommitteeId;

	@Column(name = "referred_from_id", updatable = false)
	private Long referredFromId;

	private String minutes;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(name = "pec_function")
	private org.pecgov.committee.PecFunction function;

	@Column(name = "minutes_allotted")
	private Integer minutesAllotted;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "agenda_item_organisation", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "directory_id")
	private Set<Long> organisationIds = new LinkedHashSet<>();

	protected AgendaItem() {
	}

	public AgendaItem(Long organisationId, Long meetingId, int position, ItemDetails details) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.position = position;
		apply(details);
	}

	void apply(ItemDetails details) {
		this.title = details.title();
		this.purpose = details.purpose();
		this.presenter = details.presenter();
		this.presenterId = details.presenterId();
		this.publicItem = details.publicItem();
		this.organisationIds = new LinkedHashSet<>(details.organisationIds());
		this.function = details.function();
		this.minutesAllotted = details.minutes();
	}

	/**
	 * The time allotted to the item.
	 * @return minutes, or null when not said
	 */
	public Integer getMinutesAllotted() {
		return this.minutesAllotted;
	}

	/**
	 * The PEC function the item (and the decision on it) serves.
	 * @return it, or null when not said
	 */
	public org.pecgov.committee.PecFunction getFunction() {
		return this.function;
	}

	void moveTo(int position) {
		this.position = position;
	}

	void referTo(String referredTo, Long committeeId) {
		this.referredTo = referredTo;
		this.referredToCommitteeId = committeeId;
	}

	void takenUpFrom(Long itemId) {
		this.referredFromId = itemId;
	}

	/**
	 * The committee the item was referred to for want of a quorum.
	 * @return its id, or null
	 */
	public Long getReferredToCommitteeId() {
		return this.referredToCommitteeId;
	}

	/**
	 * The item, referred by another committee, that this item takes up.
	 * @return its id, or null
	 */
	public Long getReferredFromId() {
		return this.referredFromId;
	}

	public void recordMinutes(String minutes) {
		this.minutes = minutes;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public ItemPurpose getPurpose() {
		return this.purpose;
	}

	public String getPresenter() {
		return this.presenter;
	}

	/**
	 * The presenter, when someone on the register.
	 * @return their person id, or null
	 */
	public Long getPresenterId() {
		return this.presenterId;
	}

	public boolean isPublicItem() {
		return this.publicItem;
	}

	public String getReferredTo() {
		return this.referredTo;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public Set<Long> getOrganisationIds() {
		return this.organisationIds;
	}

}

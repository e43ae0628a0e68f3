package org.pecgov.meeting.agenda;

import java.util.Set;

import org.pecgov.committee.PecFunction;

/**
 * What the secretary says about an agenda item.
 * @param title its title
 * @param purpose for decision, discussion or information
 * @param presenter who presents it, or null
 * @param publicItem whether it is taken in public
 * @param organisationIds the organisations of the directory it concerns
 * @param function the PEC function it serves, or null when not said
 * @param minutes the time allotted to it in minutes, or null when not said
 * @param presenterId the presenter, when someone on the register, or null
 */
public record ItemDetails(String title, ItemPurpose purpose, String presenter, boolean publicItem,
		Set<Long> organisationIds, PecFunction function, Integer minutes, Long presenterId) {

	/**
	 * An item whose presenter, if any, is not on the register.
	 * @param title its title
	 * @param purpose why it is on the agenda
	 * @param presenter who presents it, or null
	 * @param publicItem whether it is taken in public
	 * @param organisationIds the organisations it concerns
	 * @param function the PEC function it serves, or null
	 * @param minutes the time allotted to it, or null
	 */
	public ItemDetails(String title, ItemPurpose purpose, String presenter, boolean publicItem,
			Set<Long> organisationIds, PecFunction function, Integer minutes) {
		this(title, purpose, presenter, publicItem, organisationIds, function, minutes, null);
	}

	/**
	 * An item with no time allotted.
	 * @param title its title
	 * @param purpose why it is on the agenda
	 * @param presenter who presents it, or null
	 * @param publicItem whether it is taken in public
	 * @param organisationIds the organisations it concerns
	 * @param function the PEC function it serves, or null
	 */
	public ItemDetails(String title, ItemPurpose purpose, String presenter, boolean publicItem,
			Set<Long> organisationIds, PecFunction function) {
		this(title, purpose, presenter, publicItem, organisationIds, function, null);
	}

	/**
	 * An item that says no function.
	 * @param title its title
	 * @param purpose why it is on the agenda
	 * @param presenter who presents it, or null
	 * @param publicItem whether it is taken in public
	 * @param organisationIds the organisations it concerns
	 */
	public ItemDetails(String title, ItemPurpose purpose, String presenter, boolean publicItem,
			Set<Long> organisationIds) {
		this(title, purpose, presenter, publicItem, organisationIds, null, null);
	}

}

package org.pecgov.meeting.agenda;

import java.util.Set;

/**
 * What the secretary says about an agenda item.
 * @param title its title
 * @param purpose for decision, discussion or information
 * @param presenter who presents it, or null
 * @param publicItem whether it is taken in public
 * @param organisationIds the organisations of the directory it concerns
 */
public record ItemDetails(String title, ItemPurpose purpose, String presenter, boolean publicItem,
		Set<Long> organisationIds) {

}

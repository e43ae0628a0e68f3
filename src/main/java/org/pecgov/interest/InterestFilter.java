package org.pecgov.interest;

/**
 * What the staff register of interests is narrowed to; every part may be null.
 * @param personId one declarant
 * @param person part of the declarant's name
 * @param kind the type of interest
 * @param category the category
 * @param directoryId an organisation the interest concerns
 * @param current true for current interests, false for ended ones, null for both
 */
public record InterestFilter(Long personId, String person, InterestKind kind, InterestCategory category, Long directoryId,
		Boolean current, Long committeeId) {

	public InterestFilter(Long personId, String person, InterestKind kind, InterestCategory category, Long directoryId,
			Boolean current) {
		this(personId, person, kind, category, directoryId, current, null);
	}

}

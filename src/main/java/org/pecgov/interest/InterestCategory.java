package org.pecgov.interest;

/**
 * What an interest is. Labels are in messages.properties as {@code InterestCategory.NAME}.
 */
public enum InterestCategory {

	OUTSIDE_EMPLOYMENT, SHAREHOLDING, PATENT, LOYALTY_INTEREST, DONATION, SPONSORED_EVENT, SPONSORED_RESEARCH,
	SPONSORED_POST, CLINICAL_PRIVATE_PRACTICE, PBC_BUDGET, PROVIDER_HOLDING, OTHER

}

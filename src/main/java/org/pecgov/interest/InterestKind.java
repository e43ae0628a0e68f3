package org.pecgov.interest;

/**
 * The types of interest of the NHS guidance. An indirect interest is a close associate's, and names
 * the relationship.
 */
public enum InterestKind {

	FINANCIAL, NON_FINANCIAL_PROFESSIONAL, NON_FINANCIAL_PERSONAL, INDIRECT

}

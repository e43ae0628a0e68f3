package org.pecgov.member;

/**
 * A member's profession. Labels are in messages.properties as {@code Profession.NAME}.
 */
public enum Profession {

	GP(true), NURSE(true), PHARMACIST(true), ALLIED_HEALTH_PROFESSIONAL(true), DENTIST(true), OPTOMETRIST(true),
	SOCIAL_WORKER(true), PUBLIC_HEALTH(true), MANAGER(false), LOCAL_AUTHORITY_OFFICER(false), LAY_MEMBER(false),
	OTHER(false);

	private final boolean clinical;

	Profession(boolean clinical) {
		this.clinical = clinical;
	}

	/**
	 * Whether members of this profession count as clinical (professional) members of the PEC.
	 * @return true for the health and care professions
	 */
	public boolean isClinical() {
		return this.clinical;
	}

}

package org.pecgov.committee;

/**
 * The kinds of post on a committee. Labels are in messages.properties as {@code PostKind.NAME}.
 */
public enum PostKind {

	CHAIR(Group.CLINICAL), DEPUTY_CHAIR(Group.CLINICAL), CLINICAL_MEMBER(Group.CLINICAL),
	CHIEF_EXECUTIVE(Group.CORE_MANAGEMENT), DIRECTOR_OF_FINANCE(Group.CORE_MANAGEMENT),
	DIRECTOR_OF_PUBLIC_HEALTH(Group.CORE_MANAGEMENT), MEDICAL_DIRECTOR(Group.CORE_MANAGEMENT),
	DIRECTOR_OF_COMMISSIONING(Group.CORE_MANAGEMENT), DIRECTOR_OF_NURSING(Group.CORE_MANAGEMENT),
	LOCAL_AUTHORITY_MEMBER(Group.LOCAL_AUTHORITY), CO_OPTED_MEMBER(Group.CO_OPTED),
	NON_EXECUTIVE_DIRECTOR(Group.OTHER), BOARD_SEAT(Group.OTHER);

	/**
	 * How composition rules count a post.
	 */
	public enum Group {

		CLINICAL, CORE_MANAGEMENT, LOCAL_AUTHORITY, CO_OPTED, OTHER

	}

	private final Group group;

	PostKind(Group group) {
		this.group = group;
	}

	public Group getGroup() {
		return this.group;
	}

	public boolean isClinical() {
		return this.group == Group.CLINICAL;
	}

	public boolean isChair() {
		return this == CHAIR;
	}

	public boolean isCoOpted() {
		return this == CO_OPTED_MEMBER;
	}

}

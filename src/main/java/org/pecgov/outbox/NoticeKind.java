package org.pecgov.outbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of email pecgov sends (an outbox message's kind), grouped as the preferences page shows them. Each
 * person chooses per kind: at once, in a weekly digest, or not at all, unless it is a security email or one their
 * PCT marks as required.
 */
public enum NoticeKind {

	INVITATION(Group.ACCOUNT), PASSWORD_RESET(Group.ACCOUNT), PASSWORD_CHANGED(Group.ACCOUNT),
	SECOND_FACTOR_CHANGED(Group.ACCOUNT), ACCOUNT_LOCKED(Group.ACCOUNT),

	APPOINTED(Group.DECLARATIONS), DECLARATION_DUE(Group.DECLARATIONS), ROUND_OPEN(Group.DECLARATIONS),
	ROUND_CLOSING(Group.DECLARATIONS), ROUND_CLOSED(Group.DECLARATIONS), ROUND_CHASE(Group.DECLARATIONS),
	DECLARATION_LATE(Group.DECLARATIONS), DECLARATION_EDITED(Group.DECLARATIONS),
	DECLARATION_CHANGE_ASKED(Group.DECLARATIONS),

	AGENDA_PUBLISHED(Group.MEETINGS), AGENDA_CHANGED(Group.MEETINGS), MINUTES_FOR_REVIEW(Group.MEETINGS),
	MINUTES_APPROVED(Group.MEETINGS), ACTION_DUE(Group.MEETINGS), ACTION_OVERDUE(Group.MEETINGS),

	TERM_ENDING(Group.APPOINTMENTS), BALLOT_OPEN(Group.APPOINTMENTS), SCORES_AWAITED(Group.APPOINTMENTS),

	APPRAISAL_DUE(Group.APPRAISAL), REVIEW_DUE(Group.APPRAISAL);

	/** How the preferences page groups the kinds. */
	public enum Group {

		ACCOUNT, DECLARATIONS, MEETINGS, APPOINTMENTS, APPRAISAL

	}

	private final Group group;

	NoticeKind(Group group) {
		this.group = group;
	}

	public Group getGroup() {
		return this.group;
	}

	/**
	 * Whether this kind is always sent at once, whatever the person chooses: the emails about their account.
	 * @return true for security emails
	 */
	public boolean isSecurity() {
		return this.group == Group.ACCOUNT;
	}

	/**
	 * The kinds a person may choose about.
	 * @return every kind but the security ones
	 */
	public static List<NoticeKind> choosable() {
		return Arrays.stream(values()).filter((k) -> !k.isSecurity()).toList();
	}

	/**
	 * The kind of an outbox message.
	 * @param kind the message's kind
	 * @return the kind, if it is one of these
	 */
	public static Optional<NoticeKind> of(String kind) {
		return Arrays.stream(values()).filter((k) -> k.name().equals(kind)).findFirst();
	}

	/** How a person receives a kind. */
	public enum Mode {

		IMMEDIATE, DIGEST, NONE

	}

}

package org.pecgov.member;

/**
 * Members are retired, never deleted.
 */
public enum MemberStatus {

	ACTIVE, RETIRED

}

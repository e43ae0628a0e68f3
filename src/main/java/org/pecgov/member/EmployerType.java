package org.pecgov.member;

/**
 * Who employs a member.
 */
public enum EmployerType {

	INDEPENDENT_CONTRACTOR, PCT_MANAGED_SERVICE, PCT_MANAGEMENT, LOCAL_AUTHORITY, OTHER_PROVIDER

}

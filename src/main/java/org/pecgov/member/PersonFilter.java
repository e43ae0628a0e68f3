package org.pecgov.member;

/**
 * What the member list is narrowed to.
 * @param query part of a name, or null
 * @param profession one profession, or null for all
 * @param includeRetired whether retired members are listed too
 */
public record PersonFilter(String query, Profession profession, boolean includeRetired) {
}

package org.pecgov.committee;

/**
 * What an administrator sets on a committee.
 * @param name its name, e.g. "Clinical Executive"
 * @param purpose what it is for
 * @param quorumMinPresent members who must be present
 * @param quorumMinClinical clinical members among them
 * @param quorumChairRequired whether the chair or deputy must be present
 */
public record CommitteeDetails(String name, String purpose, int quorumMinPresent, int quorumMinClinical,
		boolean quorumChairRequired) {
}

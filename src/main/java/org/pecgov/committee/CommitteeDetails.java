package org.pecgov.committee;

/**
 * What an administrator sets on a committee: its name and terms of reference.
 * @param name its name, e.g. "Clinical Executive"
 * @param purpose what it is for
 * @param quorumMinPresent members who must be present
 * @param quorumMinClinical clinical members among them
 * @param quorumChairRequired whether the chair or deputy must be present
 * @param reportsToId the committee it reports to, or null (the Board reports to no committee)
 * @param mode executive or advisory
 * @param delegatedPowers the powers delegated to it, or null
 * @param pbcAssessment whether it is the PbC assessment sub-committee
 */
public record CommitteeDetails(String name, String purpose, int quorumMinPresent, int quorumMinClinical,
		boolean quorumChairRequired, Long reportsToId, CommitteeMode mode, String delegatedPowers,
		boolean pbcAssessment) {

	/**
	 * An advisory committee reporting to no one in particular yet, with no powers delegated.
	 * @param name its name
	 * @param purpose what it is for
	 * @param quorumMinPresent members who must be present
	 * @param quorumMinClinical clinical members among them
	 * @param quorumChairRequired whether the chair or deputy must be present
	 */
	public CommitteeDetails(String name, String purpose, int quorumMinPresent, int quorumMinClinical,
			boolean quorumChairRequired) {
		this(name, purpose, quorumMinPresent, quorumMinClinical, quorumChairRequired, null, CommitteeMode.ADVISORY, null,
				false);
	}

	/**
	 * The same terms of reference, reporting to another committee.
	 * @param committeeId the committee reported to
	 * @return the details
	 */
	public CommitteeDetails reportingTo(Long committeeId) {
		return new CommitteeDetails(this.name, this.purpose, this.quorumMinPresent, this.quorumMinClinical,
				this.quorumChairRequired, committeeId, this.mode, this.delegatedPowers, this.pbcAssessment);
	}

}

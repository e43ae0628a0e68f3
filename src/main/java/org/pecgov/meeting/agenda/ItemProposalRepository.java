package org.pecgov.meeting.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemProposalRepository extends JpaRepository<ItemProposal, Long> {

	List<ItemProposal> findByMeetingIdAndOrganisationIdOrderByIdAsc(Long meetingId, Long organisationId);

	List<ItemProposal> findByMeetingIdAndOrganisationIdAndProposerIdOrderByIdAsc(Long meetingId, Long organisationId,
			Long proposerId);

	Optional<ItemProposal> findByIdAndMeetingIdAndOrganisationId(Long id, Long meetingId, Long organisationId);

	/** The meetings with proposals waiting for the secretary, and how many each, the earliest proposed first. */
	@org.springframework.data.jpa.repository.Query("""
			select p.meetingId, count(p) from ItemProposal p, org.pecgov.meeting.Meeting m
			where m.id = p.meetingId and p.organisationId = :organisationId
			and p.status = org.pecgov.meeting.agenda.ProposalStatus.PROPOSED
			and m.status in (org.pecgov.meeting.MeetingStatus.PLANNED, org.pecgov.meeting.MeetingStatus.AGENDA_PUBLISHED)
			group by p.meetingId order by min(p.id)
			""")
	List<Object[]> waiting(Long organisationId);

}

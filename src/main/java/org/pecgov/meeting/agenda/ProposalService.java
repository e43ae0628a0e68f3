package org.pecgov.meeting.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appointment.Holdings;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items proposed for a coming meeting by the PEC chair and members (Fit to Lead §3.1, §3.6: the agenda is the PEC's,
 * not management's): the secretary accepts each onto the agenda, presented by its proposer, or declines it with a
 * reason the proposer reads.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

	private final ItemProposalRepository proposals;

	private final MeetingService meetings;

	private final AgendaService agenda;

	private final Holdings appointments;

	private final PersonService people;

	private final Clock clock;

	ProposalService(ItemProposalRepository proposals, MeetingService meetings, AgendaService agenda,
			Holdings appointments, PersonService people, Clock clock) {
		this.proposals = proposals;
		this.meetings = meetings;
		this.agenda = agenda;
		this.appointments = appointments;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * What the rules find wrong with a proposal for a meeting, without saving, so that the form says every problem at
	 * once: the meeting is still to come with its agenda open, and the user sits on its committee on the day.
	 * @param meetingId the meeting
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long meetingId) {
		Meeting meeting = this.meetings.get(meetingId);
		Long me = CurrentUser.get().getPersonId();
		boolean past = !meeting.isAgendaOpen() || meeting.getDate().isBefore(LocalDate.now(this.clock));
		boolean sits = me != null && this.appointments.seatsOn(meeting.getCommitteeId(), meeting.getDate())
			.stream()
			.anyMatch((s) -> s.personId().equals(me));
		return new Problems().when(past, "meeting", "proposal.meetingPast")
			.when(!past && !sits, "meeting", "proposal.notMember")
			.list();
	}

	/**
	 * Proposes an item for a coming meeting of a committee the user sits on.
	 * @param meetingId the meeting
	 * @param form what is proposed
	 * @return the proposal
	 */
	@Transactional
	public ItemProposal propose(Long meetingId, ProposalForm form) {
		Meeting meeting = this.meetings.writable(meetingId);
		Problems.refuse(problemsOf(meetingId));
		return this.proposals.saveAndFlush(new ItemProposal(meeting.getOrganisationId(), meetingId,
				CurrentUser.get().getPersonId(), form.getTitle().strip(), form.getPurpose(), blankToNull(form.getReason()),
				form.getMinutes(), this.clock.instant()));
	}

	/**
	 * A meeting's proposals as the user may see them: the secretary, administrators, the chair and SHA viewers see all;
	 * a member their own.
	 * @param meetingId the meeting
	 * @return the proposals, oldest first, with their proposers' names
	 */
	public Proposals of(Long meetingId) {
		Meeting meeting = this.meetings.get(meetingId);
		PecgovPrincipal user = CurrentUser.get();
		List<ItemProposal> list = (user.getRole() == Role.MEMBER)
				? this.proposals.findByMeetingIdAndOrganisationIdAndProposerIdOrderByIdAsc(meetingId,
						meeting.getOrganisationId(), (user.getPersonId() != null) ? user.getPersonId() : -1L)
				: this.proposals.findByMeetingIdAndOrganisationIdOrderByIdAsc(meetingId, meeting.getOrganisationId());
		Set<Long> proposers = list.stream().map(ItemProposal::getProposerId).collect(Collectors.toSet());
		Map<Long, String> names = this.people.byIds(proposers)
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		return new Proposals(meeting, list, names);
	}

	/**
	 * A meeting's proposals.
	 * @param meeting the meeting
	 * @param proposals its proposals the user may see
	 * @param names the proposers' names, by person id
	 */
	public record Proposals(Meeting meeting, List<ItemProposal> proposals, Map<Long, String> names) {

		public ItemProposal find(Long id) {
			return this.proposals.stream().filter((p) -> p.getId().equals(id)).findFirst().orElse(null);
		}

	}

	/**
	 * The items referred to a meeting's committee by another and not yet taken up, with where each came from.
	 * @param meetingId the meeting
	 * @return them
	 */
	public Referrals referrals(Long meetingId) {
		List<AgendaItem> referred = this.agenda.referredTo(meetingId);
		Map<Long, Meeting> from = this.meetings
			.byIds(referred.stream().map(AgendaItem::getMeetingId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Meeting::getId, java.util.function.Function.identity()));
		return new Referrals(referred, from, referred.isEmpty() ? Map.of() : this.meetings.committeeNames());
	}

	/**
	 * Items referred to a committee.
	 * @param items the items
	 * @param meetings the meetings they were referred from, by id
	 * @param committees the PCT's committees' names, by id
	 */
	public record Referrals(List<AgendaItem> items, Map<Long, Meeting> meetings, Map<Long, String> committees) {

		public String committeeOf(AgendaItem item) {
			return this.committees.get(this.meetings.get(item.getMeetingId()).getCommitteeId());
		}

	}

	/**
	 * Accepts a proposal: it joins the end of the agenda, presented by its proposer, with the time they asked for.
	 * @param meetingId the meeting
	 * @param id the proposal
	 * @param version the version the user saw
	 * @return the item added
	 */
	@Transactional
	public AgendaItem accept(Long meetingId, Long id, long version) {
		ItemProposal proposal = pending(meetingId, id, version);
		if (!this.meetings.get(meetingId).isAgendaOpen()) {
			throw new FieldException("because", "agenda.locked");
		}
		AgendaItem item = this.agenda.add(meetingId, new ItemDetails(proposal.getTitle(), proposal.getPurpose(), null,
				true, Set.of(), null, proposal.getMinutesRequested(), proposal.getProposerId()));
		proposal.accept(item.getId(), this.clock.instant());
		this.proposals.saveAndFlush(proposal);
		return item;
	}

	/**
	 * Declines a proposal with a reason the proposer reads.
	 * @param meetingId the meeting
	 * @param id the proposal
	 * @param version the version the user saw
	 * @param because why
	 * @return the proposal
	 */
	@Transactional
	public ItemProposal decline(Long meetingId, Long id, long version, String because) {
		ItemProposal proposal = pending(meetingId, id, version);
		proposal.decline(because.strip(), this.clock.instant());
		return this.proposals.saveAndFlush(proposal);
	}

	private ItemProposal pending(Long meetingId, Long id, long version) {
		Role role = CurrentUser.get().getRole();
		if (role != Role.ADMIN && role != Role.SECRETARY) {
			throw new AccessDeniedException("The secretary accepts or declines proposed items");
		}
		Meeting meeting = this.meetings.locked(meetingId);
		ItemProposal proposal = this.proposals.findByIdAndMeetingIdAndOrganisationId(id, meetingId,
				meeting.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("ItemProposal", id));
		proposal.checkVersion(version);
		if (proposal.getStatus() != ProposalStatus.PROPOSED) {
			throw new FieldException("because", "proposal.decided");
		}
		// a proposal left waiting when the meeting was held can still be declined, with a reason
		return proposal;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

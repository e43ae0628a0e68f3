package org.pecgov.committee;

import java.util.List;
import java.util.Optional;

import org.pecgov.organisation.PctCreated;
import org.pecgov.organisation.PctSettings;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.ReadMemo;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees of a PCT: its PEC, its Board and sub-committees.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

	private final CommitteeRepository committees;

	private final org.springframework.beans.factory.ObjectProvider<CommitteeChairs> chairs;

	private final java.time.Clock clock;

	CommitteeService(CommitteeRepository committees,
			org.springframework.beans.factory.ObjectProvider<CommitteeChairs> chairs, java.time.Clock clock) {
		this.committees = committees;
		this.chairs = chairs;
		this.clock = clock;
	}

	public List<Committee> committees() {
		Long organisationId = CurrentUser.readableOrganisationId();
		return ReadMemo.get(List.of("committees", organisationId),
				() -> this.committees.findByOrganisationIdOrderByKindAscNameAsc(organisationId));
	}

	/**
	 * The committees of a given PCT, for what runs without a signed-in user (a calendar feed).
	 * @param organisationId the PCT
	 * @return its committees
	 */
	public List<Committee> committeesOf(Long organisationId) {
		return this.committees.findByOrganisationIdOrderByKindAscNameAsc(organisationId);
	}

	public Committee get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Committee", id));
	}

	/**
	 * A committee of the PCT the user reads, by id: from what the transaction already loaded where it can.
	 * @param id the committee
	 * @return it, unless it is another PCT's
	 */
	public Optional<Committee> find(Long id) {
		if (!ReadMemo.isActive()) {
			return this.committees.findById(id)
				.filter((c) -> c.getOrganisationId().equals(CurrentUser.readableOrganisationId()));
		}
		return committees().stream().filter((c) -> c.getId().equals(id)).findFirst();
	}

	public Committee pec() {
		if (!ReadMemo.isActive()) {
			return this.committees.findByOrganisationIdAndKind(CurrentUser.readableOrganisationId(), CommitteeKind.PEC)
				.orElseThrow(() -> new NotFoundException("Committee", "PEC"));
		}
		return committees().stream()
			.filter((c) -> c.getKind() == CommitteeKind.PEC)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Committee", "PEC"));
	}

	@Transactional
	public Committee createSubCommittee(CommitteeDetails details) {
		Long organisationId = CurrentUser.organisationId();
		checkName(organisationId, details.name(), -1L);
		CommitteeDetails reporting = (details.reportsToId() != null) ? details
				: details.reportingTo(this.committees.findByOrganisationIdAndKind(organisationId, CommitteeKind.PEC)
					.map(Committee::getId)
					.orElse(null));
		org.pecgov.shared.Problems.refuse(termsProblems(null, CommitteeKind.SUB_COMMITTEE, reporting));
		return this.committees.save(new Committee(organisationId, CommitteeKind.SUB_COMMITTEE, reporting));
	}

	@Transactional
	public Committee update(Long id, long version, CommitteeDetails details) {
		Committee committee = this.committees.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Committee", id));
		committee.checkVersion(version);
		checkName(committee.getOrganisationId(), details.name(), id);
		org.pecgov.shared.Problems.refuse(termsProblems(id, committee.getKind(), details));
		committee.apply(details);
		return this.committees.saveAndFlush(committee);
	}

	/**
	 * What the rules of a committee's terms of reference find wrong, without saving, so that the form says every
	 * problem at once: the Board reports to no committee, the PEC to the Board, a sub-committee to the PEC or the Board;
	 * only a sub-committee reporting to the PEC may be the PbC assessment sub-committee, only one, and its chair must be
	 * a non-executive director.
	 * @param id the committee being changed, or null for a new sub-committee
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> termsProblems(Long id, CommitteeDetails details) {
		CommitteeKind kind = (id == null) ? CommitteeKind.SUB_COMMITTEE
				: this.committees.findByIdAndOrganisationId(id, CurrentUser.organisationId())
					.orElseThrow(() -> new NotFoundException("Committee", id))
					.getKind();
		return termsProblems(id, kind, details);
	}

	private List<FieldException.Problem> termsProblems(Long id, CommitteeKind kind, CommitteeDetails details) {
		Long organisationId = CurrentUser.organisationId();
		List<Committee> all = this.committees.findByOrganisationIdOrderByKindAscNameAsc(organisationId);
		// a new sub-committee that says nothing reports to the PEC
		Long reportsToId = (id == null && details.reportsToId() == null)
				? all.stream().filter(Committee::isPec).map(Committee::getId).findFirst().orElse(null)
				: details.reportsToId();
		Committee to = (reportsToId == null) ? null
				: all.stream().filter((c) -> c.getId().equals(reportsToId)).findFirst().orElse(null);
		boolean unknown = reportsToId != null && to == null;
		org.pecgov.shared.Problems problems = new org.pecgov.shared.Problems()
			.when(unknown, "reportsToId", "committee.reportsTo.unknown")
			.when(!unknown && to != null && to.getId().equals(id), "reportsToId", "committee.reportsTo.self")
			.when(kind == CommitteeKind.BOARD && details.reportsToId() != null, "reportsToId",
					"committee.reportsTo.board")
			.when(kind == CommitteeKind.PEC && (to == null || to.getKind() != CommitteeKind.BOARD), "reportsToId",
					"committee.reportsTo.pec")
			.when(kind == CommitteeKind.SUB_COMMITTEE && (to == null || to.getKind() == CommitteeKind.SUB_COMMITTEE),
					"reportsToId", "committee.reportsTo.sub");
		if (details.pbcAssessment()) {
			problems.when(kind != CommitteeKind.SUB_COMMITTEE, "pbcAssessment", "committee.pbc.notSub")
				.when(kind == CommitteeKind.SUB_COMMITTEE && to != null && to.getKind() != CommitteeKind.PEC,
						"reportsToId", "committee.pbc.reportsToPec")
				.when(all.stream().anyMatch((c) -> c.isPbcAssessment() && !c.getId().equals(id)), "pbcAssessment",
						"committee.pbc.taken");
			if (id != null) {
				CommitteeChairs known = this.chairs.getIfAvailable();
				Optional<String> chair = (known == null) ? Optional.empty()
						: known.chairNotNonExecutive(id, java.time.LocalDate.now(this.clock));
				chair.ifPresent((name) -> problems.when(true, "pbcAssessment", "committee.pbc.chair", name));
			}
		}
		return problems.list();
	}

	@EventListener
	@Transactional
	public void onPctCreated(PctCreated event) {
		ensureDefaults(event.organisationId());
	}

	/**
	 * Gives a PCT without them its PEC and its Board.
	 * @param organisationId the PCT
	 */
	@Transactional
	public void ensureDefaults(Long organisationId) {
		Committee board = this.committees.findByOrganisationIdAndKind(organisationId, CommitteeKind.BOARD)
			.orElseGet(() -> this.committees.save(new Committee(organisationId, CommitteeKind.BOARD,
					new CommitteeDetails("PCT Board",
							"The PCT's board: the PEC chair sits on it ex officio with one or two other clinical PEC members.",
							5, 1, true, null, CommitteeMode.EXECUTIVE, null, false))));
		if (this.committees.findByOrganisationIdAndKind(organisationId, CommitteeKind.PEC).isEmpty()) {
			this.committees.save(new Committee(organisationId, CommitteeKind.PEC, new CommitteeDetails(
					PctSettings.DEFAULT_PEC_NAME,
					"The PCT's clinical leadership committee: leads commissioning, service redesign and clinical governance.",
					5, 3, true, board.getId(), CommitteeMode.EXECUTIVE,
					"The powers the Board delegates to the PEC in its scheme of delegation.", false)));
		}
	}

	private void checkName(Long organisationId, String name, Long exceptId) {
		if (this.committees.nameTaken(organisationId, name.strip(), exceptId)) {
			throw new FieldException("name", "committee.name.duplicate");
		}
	}

	/**
	 * Whether a name is taken by another committee of the user's PCT, without saving: checked with the form's own
	 * rules, so that every problem is said at once.
	 * @param name the name typed, or null
	 * @param exceptId the one being changed, or null
	 * @return the problem, if any
	 */
	public java.util.List<FieldException.Problem> nameProblems(String name, Long exceptId) {
		return (name != null && this.committees.nameTaken(CurrentUser.organisationId(), name.strip(),
				(exceptId != null) ? exceptId : -1L)) ? java.util.List.of(new FieldException.Problem("name", "committee.name.duplicate"))
						: java.util.List.of();
	}

}

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

	CommitteeService(CommitteeRepository committees) {
		this.committees = committees;
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
		return this.committees.save(new Committee(organisationId, CommitteeKind.SUB_COMMITTEE, details));
	}

	@Transactional
	public Committee update(Long id, long version, CommitteeDetails details) {
		Committee committee = this.committees.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Committee", id));
		committee.checkVersion(version);
		checkName(committee.getOrganisationId(), details.name(), id);
		committee.apply(details);
		return this.committees.saveAndFlush(committee);
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
		if (this.committees.findByOrganisationIdAndKind(organisationId, CommitteeKind.PEC).isEmpty()) {
			this.committees.save(new Committee(organisationId, CommitteeKind.PEC, new CommitteeDetails(
					PctSettings.DEFAULT_PEC_NAME,
					"The PCT's clinical leadership committee: leads commissioning, service redesign and clinical governance.",
					5, 3, true)));
		}
		if (this.committees.findByOrganisationIdAndKind(organisationId, CommitteeKind.BOARD).isEmpty()) {
			this.committees.save(new Committee(organisationId, CommitteeKind.BOARD, new CommitteeDetails("PCT Board",
					"The PCT's board: the PEC chair sits on it ex officio with one or two other clinical PEC members.", 5,
					1, true)));
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

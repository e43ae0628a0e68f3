package org.pecgov.interest.gift;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gifts and hospitality register, with the NHS rules applied as the PCT set them.
 */
@Service
@Transactional(readOnly = true)
public class GiftService {

	public static final int PAGE_SIZE = 25;

	private final GiftRepository gifts;

	private final DirectoryService directory;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	GiftService(GiftRepository gifts, DirectoryService directory, PersonService people, SettingsService settings,
			Clock clock) {
		this.gifts = gifts;
		this.directory = directory;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The register of the PCT the user reads, newest first, each entry with its flags, in a fixed
	 * number of queries.
	 * @param page from 0
	 * @return the entries
	 */
	public Page<Entry> register(int page) {
		Long organisationId = CurrentUser.readableOrganisationId();
		Page<Gift> found = this.gifts.findByOrganisationId(organisationId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("offeredOn"), Sort.Order.desc("id"))));
		GiftRules.Thresholds thresholds = thresholds(this.settings.of(organisationId));
		Set<Long> personIds = found.getContent().stream().map(Gift::getPersonId).collect(Collectors.toSet());
		LocalDate earliest = found.getContent()
			.stream()
			.map(Gift::getOfferedOn)
			.min(LocalDate::compareTo)
			.orElse(LocalDate.now(this.clock))
			.minusMonths(12);
		List<Gift> window = personIds.isEmpty() ? List.of() : this.gifts.sinceFor(personIds, earliest);
		Map<Long, Person> names = this.people.byIds(personIds)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return found.map((g) -> new Entry(g,
				java.util.Optional.ofNullable(names.get(g.getPersonId())).map(Person::getFullName).orElse(""),
				GiftRules.flags(g.getKind(), g.isSupplier(), g.getValue(), g.isAccepted(), g.getApprover(), g.getReason(),
						thresholds),
				GiftRules.declarable(g.getKind(), g.getValue(), g.getOfferedOn(), window.stream()
					.filter((other) -> !other.getId().equals(g.getId()) && other.getPersonId().equals(g.getPersonId())
							&& sameSource(other, g))
					.map((other) -> new GiftRules.Earlier(other.getKind(), other.getValue(), other.getOfferedOn()))
					.toList(), thresholds)));
	}

	/**
	 * What the rules of a gift or hospitality find wrong with what was typed, without saving, so that the form
	 * says every problem at once: it was offered on a day that has come.
	 * @param details what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(GiftDetails details) {
		return (details.offeredOn() != null && details.offeredOn().isAfter(LocalDate.now(this.clock)))
				? List.of(new FieldException.Problem("offeredOn", "gift.offeredOn.future")) : List.of();
	}

	@Transactional
	public Gift record(Long personId, GiftDetails details) {
		if (CurrentUser.get().getRole() != Role.ADMIN && CurrentUser.get().getRole() != Role.SECRETARY
				&& !personId.equals(CurrentUser.get().getPersonId())) {
			throw new AccessDeniedException("Only your own gifts and hospitality");
		}
		Person person = this.people.get(personId);
		List<FieldException.Problem> problems = problemsOf(details);
		Problems.refuse(problems);
		if (details.directoryId() != null) {
			this.directory.owned(person.getOrganisationId(), List.of(details.directoryId()));
		}
		return this.gifts.save(new Gift(person.getOrganisationId(), person.getId(), details, CurrentUser.actor()));
	}

	private static boolean sameSource(Gift a, Gift b) {
		if (a.getDirectoryId() != null && b.getDirectoryId() != null) {
			return a.getDirectoryId().equals(b.getDirectoryId());
		}
		return a.getOfferedBy().strip().toLowerCase(Locale.ROOT).equals(b.getOfferedBy().strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The value over which the PCT's rules need a senior approver and a reason for accepting hospitality.
	 * @return the threshold in pounds
	 */
	public java.math.BigDecimal approvalOver() {
		return this.settings.of(CurrentUser.organisationId()).getHospitalityApprovalOver();
	}

	static GiftRules.Thresholds thresholds(PctSettings settings) {
		return new GiftRules.Thresholds(settings.getGiftDeclareOver(), settings.getHospitalityDeclareOver(),
				settings.getHospitalityApprovalOver());
	}

	/**
	 * An entry of the register.
	 * @param gift the gift
	 * @param name who it was offered to
	 * @param flags the rules it breaks
	 * @param declarable whether it is over the declaring threshold
	 */
	public record Entry(Gift gift, String name, List<GiftRules.Flag> flags, boolean declarable) {
	}

	/**
	 * How many gifts and hospitality someone recorded since a day (for their record).
	 * @param personId the person
	 * @param from the first day
	 * @return the count
	 */
	public long countSince(Long personId, java.time.LocalDate from) {
		Long pct = org.pecgov.security.CurrentUser.organisationId();
		return this.gifts.sinceFor(java.util.List.of(personId), from).stream()
			.filter((gift) -> pct.equals(gift.getOrganisationId()))
			.count();
	}

}

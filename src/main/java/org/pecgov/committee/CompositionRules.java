package org.pecgov.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.pecgov.member.Profession;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.PecRules;

/**
 * The rules of a PEC's composition (domain.md, "Rules" 1 to 6 and 10; Fit to lead §3.10, §3.12, §4.1, §4.5,
 * §4.6), checked against who holds its posts today, with the PCT's settings. Pure: no database, no clock of
 * its own.
 * <p>
 * The rules count people, not posts: someone who holds two posts is one member. A clinical member is someone
 * who holds a clinical post (or, where the PCT says so, the director of public health's) and is a clinician:
 * of a clinical profession, with a professional registration. A clinical post held by anyone else is
 * flagged, and its holder does not count as clinical.
 */
public final class CompositionRules {

	/** The rules, in the order the composition page lists them. */
	public enum Rule {

		CLINICAL_COUNT, CLINICAL_MAJORITY, PROFESSIONS, GP, CLINICAL_POSTS, CHAIR_PRACTISING, CLINICAL_PRACTISING,
		CORE_MANAGEMENT, LOCAL_AUTHORITY, CO_OPTED_END, ONE_POST_EACH, MEDICAL_DIRECTOR_NOT_CHAIR, DAYS_A_WEEK,
		BOARD_SEATS, BOARD_GP, BOARD_OTHER_PROFESSION, KEY_PROVIDER, CHAIR_RATE, NED_CHAIR;

		/**
		 * Whether the rule only advises: not meeting it is said, but asks no one to confirm anything.
		 * @return true for advice
		 */
		public boolean isAdvisory() {
			return this == BOARD_OTHER_PROFESSION;
		}

	}

	private CompositionRules() {
	}

	/**
	 * Checks every rule the PCT applies.
	 * @param seats the PEC's posts held today, one per appointment (so a person may have several)
	 * @param settings the PCT's settings
	 * @return a result per rule, in {@link Rule} order; rules the PCT does not apply are left out
	 */
	public static List<Result> check(List<Seat> seats, PctSettings settings) {
		PecRules rules = settings.getPecRules();
		List<Member> members = members(seats, rules);
		List<Member> clinical = members.stream().filter(Member::clinical).toList();
		List<Result> results = new ArrayList<>();
		int count = clinical.size();
		results.add(new Result(Rule.CLINICAL_COUNT,
				count >= settings.getMinClinical() && count <= settings.getMaxClinical(), count,
				settings.getMinClinical(), settings.getMaxClinical()));
		results.add(new Result(Rule.CLINICAL_MAJORITY, count * 2 > members.size(), count, members.size()));
		long professions = clinical.stream().map(Member::profession).distinct().count();
		results.add(new Result(Rule.PROFESSIONS, professions >= settings.getMinProfessions(), professions,
				settings.getMinProfessions()));
		long gps = clinical.stream().filter((m) -> m.profession() == Profession.GP).count();
		results.add(new Result(Rule.GP, gps >= settings.getMinGps(), gps, settings.getMinGps()));
		List<String> notClinicians = members.stream()
			.filter((m) -> m.holdsClinicalPost() && !m.clinician())
			.map(Member::name)
			.toList();
		results.add(new Result(Rule.CLINICAL_POSTS, notClinicians.isEmpty(), names(notClinicians)));
		List<Member> chairs = members.stream().filter((m) -> m.holds(PostKind.CHAIR)).toList();
		boolean chairPractising = !chairs.isEmpty() && chairs.stream().allMatch((m) -> m.clinician() && m.practising());
		results.add(new Result(Rule.CHAIR_PRACTISING, chairPractising, chairs.isEmpty() ? "" : chairs.get(0).name()));
		List<String> notPractising = clinical.stream()
			.filter((m) -> !m.practising() || m.patientFacingDays().compareTo(settings.getMinPatientDays()) < 0)
			.map(Member::name)
			.toList();
		results.add(new Result(Rule.CLINICAL_PRACTISING, notPractising.isEmpty(), names(notPractising),
				settings.getMinPatientDays().stripTrailingZeros()));
		List<PostKind> missing = rules.coreManagement()
			.stream()
			.map(PostKind::valueOf)
			.filter((kind) -> members.stream().noneMatch((m) -> m.holds(kind)))
			.toList();
		results.add(new Result(Rule.CORE_MANAGEMENT, missing.isEmpty(), missing));
		long localAuthority = members.stream().filter((m) -> m.holds(PostKind.LOCAL_AUTHORITY_MEMBER)).count();
		results.add(new Result(Rule.LOCAL_AUTHORITY, localAuthority >= settings.getMinLocalAuthority()
				&& localAuthority <= settings.getMaxLocalAuthority(), localAuthority, settings.getMinLocalAuthority(),
				settings.getMaxLocalAuthority()));
		List<String> openCoOpted = seats.stream()
			.filter((s) -> s.kind().isCoOpted() && s.termEnd() == null)
			.map(Seat::name)
			.distinct()
			.toList();
		results.add(new Result(Rule.CO_OPTED_END, openCoOpted.isEmpty(), names(openCoOpted)));
		List<String> twoPosts = members.stream()
			.filter((m) -> m.seats().size() > 1)
			.map((m) -> m.name() + " (" + m.seats().size() + ")")
			.toList();
		results.add(new Result(Rule.ONE_POST_EACH, twoPosts.isEmpty(), names(twoPosts)));
		if (rules.medicalDirectorNotChair()) {
			List<String> both = members.stream()
				.filter((m) -> m.holds(PostKind.CHAIR) && m.holds(PostKind.MEDICAL_DIRECTOR))
				.map(Member::name)
				.toList();
			results.add(new Result(Rule.MEDICAL_DIRECTOR_NOT_CHAIR, both.isEmpty(), names(both)));
		}
		List<String> days = seats.stream()
			.filter((s) -> s.postDays() != null && outside(s, rules))
			.map((s) -> s.name() + " (" + s.postDays().stripTrailingZeros().toPlainString() + ")")
			.toList();
		results.add(new Result(Rule.DAYS_A_WEEK, days.isEmpty(), names(days), plain(rules.chairDaysMin()),
				plain(rules.chairDaysMax()), plain(rules.memberDaysMin()), plain(rules.memberDaysMax())));
		boolean chairOnBoard = chairs.stream().anyMatch(Member::boardSeat);
		List<Member> board = members.stream().filter(Member::boardSeat).toList();
		long boardClinical = clinical.stream().filter((m) -> m.boardSeat() && !m.holds(PostKind.CHAIR)).count();
		results.add(new Result(Rule.BOARD_SEATS, chairOnBoard && boardClinical >= settings.getMinBoardClinical()
				&& boardClinical <= settings.getMaxBoardClinical(), chairOnBoard ? 1 : 0, boardClinical,
				settings.getMinBoardClinical(), settings.getMaxBoardClinical()));
		if (rules.boardGp()) {
			results.add(new Result(Rule.BOARD_GP,
					board.stream().anyMatch((m) -> m.clinician() && m.profession() == Profession.GP)));
		}
		if (rules.boardOtherProfession() && !chairs.isEmpty()) {
			Profession chair = chairs.get(0).profession();
			results.add(new Result(Rule.BOARD_OTHER_PROFESSION, board.stream()
				.anyMatch((m) -> !m.holds(PostKind.CHAIR) && m.clinician() && m.profession() != chair)));
		}
		List<String> keyProviders = members.stream()
			.filter((m) -> (m.clinical() || m.holds(PostKind.CO_OPTED_MEMBER)) && m.keyProviderRole() != null)
			.map((m) -> m.name() + " (" + m.keyProviderRole() + ")")
			.toList();
		results.add(new Result(Rule.KEY_PROVIDER, keyProviders.isEmpty(), names(keyProviders)));
		return results;
	}

	/**
	 * The rule on the chair's rate of pay (§7.1), for a PCT that applies it and has set rates.
	 * @param chairPercent the chair's rate, per cent of the chief executive's salary
	 * @param memberPercent the members' rate
	 * @return the result
	 */
	public static Result chairRate(BigDecimal chairPercent, BigDecimal memberPercent) {
		return new Result(Rule.CHAIR_RATE, chairPercent.compareTo(memberPercent) >= 0, plain(chairPercent),
				plain(memberPercent));
	}

	/**
	 * The results that an appointment or ending would newly break: rules met before and not after. Advice
	 * is left out, as it asks no one to confirm.
	 * @param before the results now
	 * @param after the results with the change
	 * @return rules met before and not after
	 */
	public static List<Result> newlyBroken(List<Result> before, List<Result> after) {
		Map<Rule, Result> was = before.stream().collect(Collectors.toMap(Result::rule, (r) -> r));
		return after.stream()
			.filter((r) -> !r.met() && !r.rule().isAdvisory())
			.filter((r) -> was.containsKey(r.rule()) && was.get(r.rule()).met())
			.toList();
	}

	/**
	 * The people of a PEC, each once, with all their posts.
	 * @param seats the posts held, one per appointment
	 * @param rules the PCT's rules (whether the director of public health counts as clinical)
	 * @return a member per person, in the order of their first post
	 */
	static List<Member> members(List<Seat> seats, PecRules rules) {
		Map<Long, List<Seat>> byPerson = new LinkedHashMap<>();
		seats.forEach((s) -> byPerson.computeIfAbsent(s.personId(), (k) -> new ArrayList<>()).add(s));
		return byPerson.values().stream().map((held) -> Member.of(held, rules.dphClinical())).toList();
	}

	private static boolean outside(Seat seat, PecRules rules) {
		BigDecimal days = seat.postDays();
		if (seat.kind() == PostKind.CHAIR) {
			return days.compareTo(rules.chairDaysMin()) < 0 || days.compareTo(rules.chairDaysMax()) > 0;
		}
		if (seat.kind() == PostKind.CLINICAL_MEMBER || seat.kind() == PostKind.DEPUTY_CHAIR || seat.kind().isCoOpted()) {
			return days.compareTo(rules.memberDaysMin()) < 0 || days.compareTo(rules.memberDaysMax()) > 0;
		}
		return false;
	}

	private static String names(List<String> names) {
		return String.join(", ", names);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	/**
	 * A holder of a PEC post, as the rules see them.
	 * @param personId who
	 * @param name their name
	 * @param kind the post's kind
	 * @param profession their profession
	 * @param registered whether they have a professional registration (body and number)
	 * @param practising whether they practise with a caseload
	 * @param patientFacingDays their patient-facing days a week
	 * @param boardSeat whether they also sit on the Board
	 * @param termEnd when their term ends, null when open-ended
	 * @param keyProviderRole their key role in a significant provider, or null
	 * @param postDays the days a week the post's specification asks for, or null when it says none
	 */
	public record Seat(Long personId, String name, PostKind kind, Profession profession, boolean registered,
			boolean practising, BigDecimal patientFacingDays, boolean boardSeat, LocalDate termEnd,
			String keyProviderRole, BigDecimal postDays) {
	}

	/**
	 * A person on the PEC, once however many posts they hold.
	 * @param personId who
	 * @param name their name
	 * @param profession their profession
	 * @param clinician whether they are a clinician: of a clinical profession, registered
	 * @param clinical whether they count as a clinical member: a clinician in a clinical post (or in the
	 * director of public health's, where the PCT counts it)
	 * @param practising whether they practise with a caseload
	 * @param patientFacingDays their patient-facing days a week
	 * @param boardSeat whether any of their posts gives them a Board seat
	 * @param keyProviderRole their key role in a significant provider, or null
	 * @param seats their posts
	 */
	record Member(Long personId, String name, Profession profession, boolean clinician, boolean clinical,
			boolean practising, BigDecimal patientFacingDays, boolean boardSeat, String keyProviderRole,
			List<Seat> seats) {

		static Member of(List<Seat> held, boolean dphClinical) {
			Seat first = held.get(0);
			boolean clinician = first.profession() != null && first.profession().isClinical() && first.registered();
			boolean clinicalPost = held.stream()
				.anyMatch((s) -> s.kind().isClinical()
						|| (dphClinical && s.kind() == PostKind.DIRECTOR_OF_PUBLIC_HEALTH));
			return new Member(first.personId(), first.name(), first.profession(), clinician, clinician && clinicalPost,
					first.practising(), Objects.requireNonNullElse(first.patientFacingDays(), BigDecimal.ZERO),
					held.stream().anyMatch(Seat::boardSeat), first.keyProviderRole(), List.copyOf(held));
		}

		boolean holds(PostKind kind) {
			return this.seats.stream().anyMatch((s) -> s.kind() == kind);
		}

		boolean holdsClinicalPost() {
			return this.seats.stream().anyMatch((s) -> s.kind().isClinical());
		}

	}

	/**
	 * Whether a rule is met, with the figures its message names.
	 * @param rule the rule
	 * @param met whether it is met
	 * @param arguments the figures, for the message {@code composition.RULE.met} or {@code .notMet}
	 */
	public record Result(Rule rule, boolean met, Object... arguments) {

		public String messageKey() {
			return "composition." + this.rule.name() + (this.met ? ".met" : ".notMet");
		}

	}

}

package org.pecgov.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pecgov.member.Profession;
import org.pecgov.organisation.PctSettings;

/**
 * The rules of a PEC's composition (domain.md, "Rules" 1 to 6 and 10), checked against who holds its
 * posts today, with the PCT's thresholds. Pure: no database, no clock of its own.
 */
public final class CompositionRules {

	/** The rules, in the order the composition page lists them. */
	public enum Rule {

		CLINICAL_COUNT, CLINICAL_MAJORITY, PROFESSIONS, GP, CHAIR_PRACTISING, CLINICAL_PRACTISING, CORE_MANAGEMENT,
		LOCAL_AUTHORITY, CO_OPTED_END, BOARD_SEATS, BOARD_GP, KEY_PROVIDER

	}

	private static final Set<PostKind> CORE = EnumSet.of(PostKind.CHIEF_EXECUTIVE, PostKind.DIRECTOR_OF_FINANCE,
			PostKind.DIRECTOR_OF_PUBLIC_HEALTH);

	private CompositionRules() {
	}

	/**
	 * Checks every rule.
	 * @param seats the PEC's posts held today, one per holder
	 * @param settings the PCT's thresholds
	 * @return a result per rule, in {@link Rule} order
	 */
	public static List<Result> check(List<Seat> seats, PctSettings settings) {
		List<Seat> clinical = seats.stream().filter((s) -> s.kind().isClinical()).toList();
		List<Result> results = new ArrayList<>();
		int count = clinical.size();
		results.add(new Result(Rule.CLINICAL_COUNT,
				count >= settings.getMinClinical() && count <= settings.getMaxClinical(), count,
				settings.getMinClinical(), settings.getMaxClinical()));
		results.add(new Result(Rule.CLINICAL_MAJORITY, count * 2 > seats.size(), count, seats.size()));
		long professions = clinical.stream().map(Seat::profession).distinct().count();
		results.add(new Result(Rule.PROFESSIONS, professions >= settings.getMinProfessions(), professions,
				settings.getMinProfessions()));
		long gps = clinical.stream().filter((s) -> s.profession() == Profession.GP).count();
		results.add(new Result(Rule.GP, gps >= settings.getMinGps(), gps, settings.getMinGps()));
		List<Seat> chairs = seats.stream().filter((s) -> s.kind().isChair()).toList();
		boolean chairPractising = !chairs.isEmpty() && chairs.stream().allMatch(Seat::practising);
		results.add(new Result(Rule.CHAIR_PRACTISING, chairPractising, chairs.isEmpty() ? "" : chairs.get(0).name()));
		List<String> notPractising = clinical.stream()
			.filter((s) -> !s.practising() || s.patientFacingDays().compareTo(settings.getMinPatientDays()) < 0)
			.map(Seat::name)
			.toList();
		results.add(new Result(Rule.CLINICAL_PRACTISING, notPractising.isEmpty(), String.join(", ", notPractising),
				settings.getMinPatientDays().stripTrailingZeros().toPlainString()));
		List<PostKind> missing = CORE.stream()
			.filter((kind) -> seats.stream().noneMatch((s) -> s.kind() == kind))
			.toList();
		results.add(new Result(Rule.CORE_MANAGEMENT, missing.isEmpty(), missing));
		long localAuthority = seats.stream().filter((s) -> s.kind() == PostKind.LOCAL_AUTHORITY_MEMBER).count();
		results.add(new Result(Rule.LOCAL_AUTHORITY, localAuthority >= settings.getMinLocalAuthority()
				&& localAuthority <= settings.getMaxLocalAuthority(), localAuthority, settings.getMinLocalAuthority(),
				settings.getMaxLocalAuthority()));
		List<String> openCoOpted = seats.stream()
			.filter((s) -> s.kind().isCoOpted() && s.termEnd() == null)
			.map(Seat::name)
			.toList();
		results.add(new Result(Rule.CO_OPTED_END, openCoOpted.isEmpty(), String.join(", ", openCoOpted)));
		boolean chairOnBoard = chairs.stream().anyMatch(Seat::boardSeat);
		long boardClinical = clinical.stream().filter((s) -> s.boardSeat() && !s.kind().isChair()).count();
		results.add(new Result(Rule.BOARD_SEATS, chairOnBoard && boardClinical >= settings.getMinBoardClinical()
				&& boardClinical <= settings.getMaxBoardClinical(), chairOnBoard ? 1 : 0, boardClinical,
				settings.getMinBoardClinical(), settings.getMaxBoardClinical()));
		boolean boardGp = seats.stream().anyMatch((s) -> s.boardSeat() && s.profession() == Profession.GP);
		results.add(new Result(Rule.BOARD_GP, boardGp));
		List<String> keyProviders = clinical.stream()
			.filter((s) -> s.keyProviderRole() != null)
			.map((s) -> s.name() + " (" + s.keyProviderRole() + ")")
			.toList();
		results.add(new Result(Rule.KEY_PROVIDER, keyProviders.isEmpty(), String.join(", ", keyProviders)));
		return results;
	}

	/**
	 * The results that an appointment or ending would newly break.
	 * @param before the results now
	 * @param after the results with the change
	 * @return rules met before and not after
	 */
	public static List<Result> newlyBroken(List<Result> before, List<Result> after) {
		List<Result> broken = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			if (before.get(i).met() && !after.get(i).met()) {
				broken.add(after.get(i));
			}
		}
		return broken;
	}

	/**
	 * A holder of a PEC post, as the rules see them.
	 * @param personId who
	 * @param name their name
	 * @param kind the post's kind
	 * @param profession their profession
	 * @param practising whether they practise with a caseload
	 * @param patientFacingDays their patient-facing days a week
	 * @param boardSeat whether they also sit on the Board
	 * @param termEnd when their term ends, null when open-ended
	 * @param keyProviderRole their key role in a significant provider, or null
	 */
	public record Seat(Long personId, String name, PostKind kind, Profession profession, boolean practising,
			BigDecimal patientFacingDays, boolean boardSeat, LocalDate termEnd, String keyProviderRole) {
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

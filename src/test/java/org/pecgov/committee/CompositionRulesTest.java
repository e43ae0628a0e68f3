package org.pecgov.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pecgov.committee.CompositionRules.Result;
import org.pecgov.committee.CompositionRules.Rule;
import org.pecgov.committee.CompositionRules.Seat;
import org.pecgov.member.Profession;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.PecRules;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionRulesTest {

	private static final PctSettings DEFAULTS = PctSettings.defaultsFor(1L);

	private static final LocalDate END = LocalDate.of(2028, 3, 31);

	private static final AtomicLong NEXT_PERSON = new AtomicLong();

	@ParameterizedTest(name = "{0} clinical members: met = {1}")
	@CsvSource({ "3,false", "4,true", "8,true", "9,false" })
	void wantsFourToEightClinicalMembers(int clinical, boolean met) {
		assertThat(result(pec(clinical, 0), Rule.CLINICAL_COUNT).met()).isEqualTo(met);
	}

	@Test
	void aTieIsNoMajority() {
		List<Seat> seats = pec(4, 0);
		seats.addAll(managers(4));

		assertThat(result(seats, Rule.CLINICAL_MAJORITY).met()).isFalse();
		seats.remove(seats.size() - 1);
		assertThat(result(seats, Rule.CLINICAL_MAJORITY).met()).isTrue();
	}

	@Test
	void wantsTwoProfessionsAndAGp() {
		List<Seat> nurses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			nurses.add(seat(PostKind.CLINICAL_MEMBER, Profession.NURSE, true, "2", false, END, null));
		}

		assertThat(result(nurses, Rule.PROFESSIONS).met()).isFalse();
		assertThat(result(nurses, Rule.GP).met()).isFalse();
		assertThat(result(pec(4, 0), Rule.PROFESSIONS).met()).isTrue();
		assertThat(result(pec(4, 0), Rule.GP).met()).isTrue();
	}

	@Test
	void theChairMustPractise() {
		List<Seat> seats = pec(4, 0);
		assertThat(result(seats, Rule.CHAIR_PRACTISING).met()).isTrue();

		seats.set(0, seat(PostKind.CHAIR, Profession.GP, false, "0", true, END, null));
		assertThat(result(seats, Rule.CHAIR_PRACTISING).met()).isFalse();
		assertThat(result(seats.subList(1, seats.size()), Rule.CHAIR_PRACTISING).met()).isFalse();
	}

	@ParameterizedTest(name = "{0} practising with {1} days: met = {2}")
	@CsvSource({ "true,1,true", "true,0.5,false", "false,3,false", "true,5,true" })
	void everyClinicalMemberPractisesAtLeastADayAWeek(boolean practising, String days, boolean met) {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CLINICAL_MEMBER, Profession.PHARMACIST, practising, days, false, END, null));

		assertThat(result(seats, Rule.CLINICAL_PRACTISING).met()).isEqualTo(met);
	}

	@Test
	void wantsTheThreeCoreManagersAndNamesTheMissing() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CHIEF_EXECUTIVE, Profession.MANAGER, false, "0", false, END, null));
		seats.add(seat(PostKind.DIRECTOR_OF_FINANCE, Profession.MANAGER, false, "0", false, END, null));

		Result result = result(seats, Rule.CORE_MANAGEMENT);

		assertThat(result.met()).isFalse();
		assertThat(result.arguments()[0]).isEqualTo(List.of(PostKind.DIRECTOR_OF_PUBLIC_HEALTH));
	}

	@ParameterizedTest(name = "{0} local authority members: met = {1}")
	@CsvSource({ "0,false", "1,true", "2,true", "3,false" })
	void wantsOneOrTwoLocalAuthorityMembers(int count, boolean met) {
		List<Seat> seats = pec(4, 0);
		for (int i = 0; i < count; i++) {
			seats.add(seat(PostKind.LOCAL_AUTHORITY_MEMBER, Profession.LOCAL_AUTHORITY_OFFICER, false, "0", false, END,
					null));
		}

		assertThat(result(seats, Rule.LOCAL_AUTHORITY).met()).isEqualTo(met);
	}

	@Test
	void coOptedMembersNeedAnEnd() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CO_OPTED_MEMBER, Profession.OPTOMETRIST, true, "3", false, null, null));

		assertThat(result(seats, Rule.CO_OPTED_END).met()).isFalse();
	}

	@ParameterizedTest(name = "{0} other clinical members on the Board: met = {1}")
	@CsvSource({ "0,false", "1,true", "2,true", "3,false" })
	void theBoardHasTheChairAndOneOrTwoClinicalMembers(int others, boolean met) {
		assertThat(result(pec(5, others), Rule.BOARD_SEATS).met()).isEqualTo(met);
	}

	@Test
	void aGpSitsOnTheBoard() {
		List<Seat> seats = new ArrayList<>();
		seats.add(seat(PostKind.CHAIR, Profession.NURSE, true, "2", true, END, null));
		seats.add(seat(PostKind.CLINICAL_MEMBER, Profession.PHARMACIST, true, "2", true, END, null));

		assertThat(result(seats, Rule.BOARD_GP).met()).isFalse();
		assertThat(result(pec(4, 1), Rule.BOARD_GP).met()).isTrue();
	}

	@Test
	void flagsAKeyPlayerInASignificantProvider() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CLINICAL_MEMBER, Profession.GP, true, "3", false, END, "Director, Vale Health Ltd"));

		Result result = result(seats, Rule.KEY_PROVIDER);

		assertThat(result.met()).isFalse();
		assertThat((String) result.arguments()[0]).contains("Director, Vale Health Ltd");
	}

	@Test
	void thresholdsAreThePcts() {
		PctSettings strict = PctSettings.values(6, 10, 3, 2, BigDecimal.ONE, 1, 2, 1, 2, 24, 48,
				false, 6);

		assertThat(CompositionRules.check(pec(5, 1), strict).get(0).met()).isFalse();
	}

	@Test
	void findsWhatAChangeNewlyBreaks() {
		List<Result> before = CompositionRules.check(pec(4, 1), DEFAULTS);
		List<Result> after = CompositionRules.check(pec(3, 1), DEFAULTS);

		assertThat(CompositionRules.newlyBroken(before, after)).extracting(Result::rule)
			.contains(Rule.CLINICAL_COUNT)
			.doesNotContain(Rule.GP);
	}

	@Test
	void aPersonInTwoPostsIsCountedOnceForEveryRule() {
		// the PEC chair, a GP, also appointed to a clinical member's post: 13 people, not 14
		List<Seat> seats = pec(7, 1);
		long chair = seats.get(0).personId();
		seats.add(seat(chair, PostKind.CLINICAL_MEMBER, Profession.GP, true, "2", true, END, null));
		seats.addAll(managers(6));

		assertThat(result(seats, Rule.CLINICAL_COUNT).arguments()[0]).isEqualTo(7);
		assertThat(result(seats, Rule.CLINICAL_MAJORITY).arguments()).containsExactly(7, 13);
		assertThat(result(seats, Rule.GP).arguments()[0]).isEqualTo(2L);
		assertThat(result(seats, Rule.BOARD_SEATS).arguments()[1]).isEqualTo(1L);
		Result onePostEach = result(seats, Rule.ONE_POST_EACH);
		assertThat(onePostEach.met()).isFalse();
		assertThat((String) onePostEach.arguments()[0]).contains("Member " + chair + " (2)");
	}

	@Test
	void aLayMemberOrAManagerInAClinicalPostIsNotAClinicalMember() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CLINICAL_MEMBER, Profession.LAY_MEMBER, false, "0", false, END, null));
		seats.add(seat(PostKind.CLINICAL_MEMBER, Profession.MANAGER, false, "0", false, END, null));

		assertThat(result(seats, Rule.CLINICAL_COUNT).arguments()[0]).isEqualTo(4);
		assertThat(result(seats, Rule.CLINICAL_MAJORITY).arguments()).containsExactly(4, 6);
		assertThat(result(seats, Rule.CLINICAL_MAJORITY).met()).isTrue();
		Result posts = result(seats, Rule.CLINICAL_POSTS);
		assertThat(posts.met()).isFalse();
		assertThat((String) posts.arguments()[0]).contains(seats.get(4).name(), seats.get(5).name());
		assertThat(result(pec(4, 0), Rule.CLINICAL_POSTS).met()).isTrue();
	}

	@Test
	void aClinicianWithoutARegistrationDoesNotCountAsClinical() {
		List<Seat> seats = pec(4, 0);
		seats.set(3, unregistered(seats.get(3)));

		assertThat(result(seats, Rule.CLINICAL_COUNT).arguments()[0]).isEqualTo(3);
		assertThat(result(seats, Rule.CLINICAL_POSTS).met()).isFalse();
	}

	@Test
	void theDirectorOfPublicHealthCountsAsClinicalOnlyWhereThePctSaysSo() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.DIRECTOR_OF_PUBLIC_HEALTH, Profession.PUBLIC_HEALTH, false, "0", false, END, null));
		PctSettings counted = settings((r) -> rules(true, r.medicalDirectorNotChair(), r.coreManagement()));

		assertThat(result(seats, Rule.CLINICAL_COUNT).arguments()[0]).isEqualTo(4);
		assertThat(CompositionRules.check(seats, counted).get(0).arguments()[0]).isEqualTo(5);
	}

	@Test
	void theMedicalDirectorIsNotAlsoTheChairUnlessThePctAllowsIt() {
		List<Seat> seats = pec(4, 0);
		long chair = seats.get(0).personId();
		seats.add(seat(chair, PostKind.MEDICAL_DIRECTOR, Profession.GP, true, "2", false, END, null));
		PctSettings allowed = settings((r) -> rules(r.dphClinical(), false, r.coreManagement()));

		assertThat(result(seats, Rule.MEDICAL_DIRECTOR_NOT_CHAIR).met()).isFalse();
		assertThat(CompositionRules.check(seats, allowed)).extracting(Result::rule)
			.doesNotContain(Rule.MEDICAL_DIRECTOR_NOT_CHAIR);
	}

	@Test
	void theCoreManagementPostsAreThePcts() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CHIEF_EXECUTIVE, Profession.MANAGER, false, "0", false, END, null));
		PctSettings chiefExecutiveOnly = settings((r) -> rules(r.dphClinical(), true, List.of("CHIEF_EXECUTIVE")));
		PctSettings withMedicalDirector = settings(
				(r) -> rules(r.dphClinical(), true, List.of("CHIEF_EXECUTIVE", "MEDICAL_DIRECTOR")));

		assertThat(result(seats, CompositionRules.check(seats, chiefExecutiveOnly), Rule.CORE_MANAGEMENT).met())
			.isTrue();
		assertThat(result(seats, CompositionRules.check(seats, withMedicalDirector), Rule.CORE_MANAGEMENT)
			.arguments()[0]).isEqualTo(List.of(PostKind.MEDICAL_DIRECTOR));
	}

	@Test
	void postsAskForThePctsDaysAWeek() {
		List<Seat> seats = pec(4, 0);
		seats.set(0, withPostDays(seats.get(0), "2"));
		seats.set(1, withPostDays(seats.get(1), "1.5"));

		Result result = result(seats, Rule.DAYS_A_WEEK);
		assertThat(result.met()).isFalse();
		assertThat((String) result.arguments()[0]).contains(seats.get(0).name() + " (2)")
			.doesNotContain(seats.get(1).name());
		seats.set(0, withPostDays(seats.get(0), "3"));
		assertThat(result(seats, Rule.DAYS_A_WEEK).met()).isTrue();
	}

	@Test
	void anotherProfessionOnTheBoardIsAdviceThatNoChangeMustConfirm() {
		List<Seat> before = new ArrayList<>();
		before.add(seat(PostKind.CHAIR, Profession.GP, true, "3", true, END, null));
		before.add(seat(PostKind.CLINICAL_MEMBER, Profession.NURSE, true, "2", true, END, null));
		List<Seat> after = new ArrayList<>(before);
		after.set(1, seat(PostKind.CLINICAL_MEMBER, Profession.GP, true, "2", true, END, null));

		assertThat(result(before, Rule.BOARD_OTHER_PROFESSION).met()).isTrue();
		assertThat(result(after, Rule.BOARD_OTHER_PROFESSION).met()).isFalse();
		assertThat(Rule.BOARD_OTHER_PROFESSION.isAdvisory()).isTrue();
		assertThat(CompositionRules.newlyBroken(CompositionRules.check(before, DEFAULTS),
				CompositionRules.check(after, DEFAULTS)))
			.extracting(Result::rule)
			.doesNotContain(Rule.BOARD_OTHER_PROFESSION);
	}

	@Test
	void aCoOptedKeyPlayerInASignificantProviderIsFlaggedToo() {
		List<Seat> seats = pec(4, 0);
		seats.add(seat(PostKind.CO_OPTED_MEMBER, Profession.LAY_MEMBER, false, "0", false, END, "Chair, Vale Care Ltd"));

		assertThat((String) result(seats, Rule.KEY_PROVIDER).arguments()[0]).contains("Chair, Vale Care Ltd");
	}

	@Test
	void theChairsRateIsNotBelowTheMembers() {
		assertThat(CompositionRules.chairRate(new BigDecimal("90"), new BigDecimal("80")).met()).isTrue();
		assertThat(CompositionRules.chairRate(new BigDecimal("80"), new BigDecimal("80")).met()).isTrue();
		assertThat(CompositionRules.chairRate(new BigDecimal("70"), new BigDecimal("80")).met()).isFalse();
	}

	private static Result result(List<Seat> seats, List<Result> results, Rule rule) {
		return results.stream().filter((r) -> r.rule() == rule).findFirst().orElseThrow();
	}

	private static Result result(List<Seat> seats, Rule rule) {
		return CompositionRules.check(seats, DEFAULTS).stream().filter((r) -> r.rule() == rule).findFirst().orElseThrow();
	}

	/**
	 * A GP chair on the Board, then clinical members of alternating professions, the first {@code board}
	 * of them on the Board.
	 */
	private static List<Seat> pec(int clinical, int board) {
		List<Seat> seats = new ArrayList<>();
		Profession[] professions = { Profession.GP, Profession.NURSE, Profession.PHARMACIST, Profession.DENTIST };
		for (int i = 0; i < clinical; i++) {
			PostKind kind = (i == 0) ? PostKind.CHAIR : PostKind.CLINICAL_MEMBER;
			seats.add(seat(kind, professions[i % professions.length], true, "2", i == 0 || i <= board, END, null));
		}
		return seats;
	}

	private static List<Seat> managers(int count) {
		List<Seat> seats = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			seats.add(seat(PostKind.CHIEF_EXECUTIVE, Profession.MANAGER, false, "0", false, END, null));
		}
		return seats;
	}

	private static Seat seat(PostKind kind, Profession profession, boolean practising, String days, boolean board,
			LocalDate end, String keyProvider) {
		return seat(NEXT_PERSON.incrementAndGet(), kind, profession, practising, days, board, end, keyProvider);
	}

	/** A post held by a given person: a clinician is registered with their profession's body. */
	private static Seat seat(long personId, PostKind kind, Profession profession, boolean practising, String days,
			boolean board, LocalDate end, String keyProvider) {
		return new Seat(personId, "Member " + personId, kind, profession, profession.isClinical(), practising,
				new BigDecimal(days), board, end, keyProvider, null);
	}

	private static Seat withPostDays(Seat seat, String days) {
		return new Seat(seat.personId(), seat.name(), seat.kind(), seat.profession(), seat.registered(),
				seat.practising(), seat.patientFacingDays(), seat.boardSeat(), seat.termEnd(), seat.keyProviderRole(),
				new BigDecimal(days));
	}

	private static Seat unregistered(Seat seat) {
		return new Seat(seat.personId(), seat.name(), seat.kind(), seat.profession(), false, seat.practising(),
				seat.patientFacingDays(), seat.boardSeat(), seat.termEnd(), seat.keyProviderRole(), seat.postDays());
	}

	private static PctSettings settings(java.util.function.UnaryOperator<PecRules> change) {
		PctSettings settings = PctSettings.defaultsFor(1L);
		settings.setPecRules(change.apply(settings.getPecRules()));
		return settings;
	}

	private static PecRules rules(boolean dphClinical, boolean medicalDirectorNotChair, List<String> core) {
		PecRules d = DEFAULTS.getPecRules();
		return new PecRules(dphClinical, medicalDirectorNotChair, d.boardOtherProfession(), d.boardGp(),
				d.chairRateNotBelow(), d.chairDaysMin(), d.chairDaysMax(), d.memberDaysMin(), d.memberDaysMax(), core,
				d.panelMin(), d.panelMax(), d.appraisalIntervalMonths(), d.reviewIntervalMonths());
	}

}

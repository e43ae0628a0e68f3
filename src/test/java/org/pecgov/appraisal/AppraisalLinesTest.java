package org.pecgov.appraisal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.committee.PostKind;
import org.pecgov.organisation.AppraisalLine;
import org.pecgov.organisation.PctSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who appraises whom: the lines of accountability of "Fit to lead" §3.4, as a PCT sets them.
 */
class AppraisalLinesTest {

	private static final long PEC_CHAIR = 1L;

	private static final long PCT_CHAIR = 2L;

	private static final long CHIEF_EXECUTIVE = 3L;

	private static final long SOMEONE = 10L;

	private static final Map<AppraisalLine, Long> WHO = Map.of(AppraisalLine.PEC_CHAIR, PEC_CHAIR,
			AppraisalLine.PCT_CHAIR, PCT_CHAIR, AppraisalLine.CHIEF_EXECUTIVE, CHIEF_EXECUTIVE);

	private static final PctSettings DEFAULTS = PctSettings.defaultsFor(1L);

	@ParameterizedTest
	@EnumSource(value = PostKind.class, names = { "DEPUTY_CHAIR", "CLINICAL_MEMBER", "CO_OPTED_MEMBER" })
	void thePecChairAppraisesThePecsClinicalCoOptedAndDeputyMembers(PostKind kind) {
		assertThat(appraiserOf(SOMEONE, DEFAULTS, kind)).isEqualTo(PEC_CHAIR);
	}

	@Test
	void thePctChairAppraisesThePecChair() {
		assertThat(appraiserOf(PEC_CHAIR, DEFAULTS, PostKind.CHAIR)).isEqualTo(PCT_CHAIR);
	}

	@Test
	void nobodyAppraisesThePctChairWhoChairsTheBoard() {
		assertThat(appraiserOf(PCT_CHAIR, DEFAULTS, PostKind.CHAIR)).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = PostKind.class, names = { "CHIEF_EXECUTIVE", "DIRECTOR_OF_FINANCE",
			"DIRECTOR_OF_PUBLIC_HEALTH", "MEDICAL_DIRECTOR", "DIRECTOR_OF_COMMISSIONING", "DIRECTOR_OF_NURSING",
			"LOCAL_AUTHORITY_MEMBER", "NON_EXECUTIVE_DIRECTOR", "BOARD_SEAT" })
	void nobodyAppraisesManagementNonExecutivesOrOthersByDefault(PostKind kind) {
		assertThat(appraiserOf(SOMEONE, DEFAULTS, kind)).isNull();
	}

	@Test
	void aPecChairInASecondPostIsStillAppraisedByThePctChair() {
		assertThat(appraiserOf(PEC_CHAIR, DEFAULTS, PostKind.CHAIR, PostKind.CLINICAL_MEMBER)).isEqualTo(PCT_CHAIR);
	}

	@Test
	void aPctMayNameAnAppraiserForAKindOfPost() {
		PctSettings settings = PctSettings.defaultsFor(1L);
		Map<String, AppraisalLine> lines = new java.util.HashMap<>(settings.getAppraisers());
		lines.put("DIRECTOR_OF_FINANCE", AppraisalLine.CHIEF_EXECUTIVE);
		lines.put("NON_EXECUTIVE_DIRECTOR", AppraisalLine.PCT_CHAIR);
		settings.setAppraisers(lines);

		assertThat(appraiserOf(SOMEONE, settings, PostKind.DIRECTOR_OF_FINANCE)).isEqualTo(CHIEF_EXECUTIVE);
		assertThat(appraiserOf(SOMEONE, settings, PostKind.NON_EXECUTIVE_DIRECTOR)).isEqualTo(PCT_CHAIR);
		assertThat(appraiserOf(CHIEF_EXECUTIVE, settings, PostKind.CHIEF_EXECUTIVE)).isNull();
	}

	@Test
	void noOneAtTheEndOfTheLineIsNobody() {
		assertThat(Appraisers.Lines.appraiserOf(SOMEONE, List.of(PostKind.CLINICAL_MEMBER), DEFAULTS::appraiserOf,
				Map.of())).isNull();
	}

	private static Long appraiserOf(long personId, PctSettings settings, PostKind... kinds) {
		return Appraisers.Lines.appraiserOf(personId, Arrays.asList(kinds), settings::appraiserOf, WHO);
	}

}

package org.pecgov.member;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationBodyTest {

	@ParameterizedTest(name = "{0} accepts {1}")
	@CsvSource({ "GMC,1234567", "GMC,' 1234567 '", "NMC,12A3456E", "NMC,12a3456e", "GPHC,2012345", "HCPC,PH123456",
			"HCPC,SL05432", "GDC,81234", "GDC,1234", "GOC,01-12345", "GOC,D-1234", "SOCIAL_WORK_ENGLAND,SW12345",
			"SOCIAL_WORK_ENGLAND,sw1" })
	void acceptsNumbersInTheBodysFormat(RegistrationBody body, String number) {
		assertThat(body.accepts(number)).isTrue();
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@CsvSource({ "GMC,123456", "GMC,12345678", "GMC,123456A", "NMC,123A456E", "NMC,12A34567", "GPHC,201234",
			"HCPC,P123456", "HCPC,PH1234", "GDC,123", "GDC,1234567", "GOC,12345", "GOC,02-12345",
			"SOCIAL_WORK_ENGLAND,12345", "SOCIAL_WORK_ENGLAND,SW1234567" })
	void refusesNumbersOutOfFormat(RegistrationBody body, String number) {
		assertThat(body.accepts(number)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "' 12a3456e ',12A3456E", "'01 - 12345',01-12345" })
	void normalisesCaseAndSpaces(String typed, String stored) {
		assertThat(RegistrationBody.normalise(typed)).isEqualTo(stored);
	}

}

package org.pecgov.audit;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditValuesTest {

	private final AuditValues values = new AuditValues(messages());

	@ParameterizedTest(name = "{0}.{1} = {2} reads {3}")
	@CsvSource({ "Person,profession,GP,General practitioner", "Person,employerType,PCT_MANAGED_SERVICE,PCT-managed service",
			"Person,status,RETIRED,Retired", "Person,practising,true,Yes", "Person,practising,false,No",
			"Person,startDate,2006-04-01,1 April 2006", "AppUser,lockedUntil,2026-11-23T10:15:00Z,23 November 2026 10:15",
			"AppUser,role,SECRETARY,Board secretary", "Person,familyName,O'Brien,O'Brien",
			"Person,patientFacingDays,2.5,2.5" })
	void showsValuesAsPeopleReadThem(String type, String field, String value, String shown) {
		assertThat(this.values.value(type, field, value)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource({ "Person,phone,Phone number", "Person,unknownField,Unknown field" })
	void labelsFields(String type, String field, String label) {
		assertThat(this.values.field(type, field)).isEqualTo(label);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.UK);
		return source;
	}

}

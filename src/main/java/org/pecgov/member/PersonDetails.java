package org.pecgov.member;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The values an administrator sets on a member: the command behind the member form. A key role in a
 * significant provider is null when there is none.
 */
public record PersonDetails(String title, String givenName, String familyName, String email, String phone,
		Profession profession, RegistrationBody registrationBody, String registrationNumber, EmployerType employerType,
		String affiliations, boolean practising, BigDecimal patientFacingDays, LocalDate startDate, String notes,
		String keyProviderRole) {
}

package org.pecgov.member;

import java.util.regex.Pattern;

/**
 * A professional regulator, with the format of the numbers it issues.
 */
public enum RegistrationBody {

	/** General Medical Council: 7 digits. */
	GMC("\\d{7}"),
	/** Nursing and Midwifery Council: 2 digits, a letter, 4 digits, a letter (e.g. 12A3456E). */
	NMC("\\d{2}[A-Z]\\d{4}[A-Z]"),
	/** General Pharmaceutical Council: 7 digits. */
	GPHC("\\d{7}"),
	/** Health and Care Professions Council: a 2-letter profession prefix and 5 or 6 digits (e.g. PH123456). */
	HCPC("[A-Z]{2}\\d{5,6}"),
	/** General Dental Council: 4 to 6 digits. */
	GDC("\\d{4,6}"),
	/** General Optical Council: 01- or D- and 4 to 6 digits (e.g. 01-12345). */
	GOC("(01|D)-\\d{4,6}"),
	/** Social Work England: SW and 1 to 6 digits (e.g. SW12345). */
	SOCIAL_WORK_ENGLAND("SW\\d{1,6}");

	private final Pattern format;

	RegistrationBody(String format) {
		this.format = Pattern.compile(format);
	}

	/**
	 * Whether a number has this body's format. Case and surrounding spaces are forgiven.
	 * @param number the number as typed
	 * @return true when it matches
	 */
	public boolean accepts(String number) {
		return number != null && this.format.matcher(normalise(number)).matches();
	}

	public static String normalise(String number) {
		return (number != null) ? number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "") : null;
	}

}

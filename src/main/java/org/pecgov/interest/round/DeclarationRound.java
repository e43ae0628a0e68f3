package org.pecgov.interest.round;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.modulith.NamedInterface;

/**
 * A year's round of declarations, and the rule of 28 days. Pure: the caller says what today is.
 * @param year the year the round opens
 * @param opensOn its first day
 * @param closesOn its last day
 */
@NamedInterface("round")
public record DeclarationRound(int year, LocalDate opensOn, LocalDate closesOn) {

	/** An interest is declared within this many days of arising, or of appointment. */
	public static final int DAYS_TO_DECLARE = 28;

	/**
	 * The round that opens in a year.
	 * @param year the year
	 * @param opens the first day, e.g. 1 April
	 * @param closes the last day, e.g. 30 June (in the next year when it falls before the first day)
	 * @return the round
	 */
	public static DeclarationRound of(int year, MonthDay opens, MonthDay closes) {
		LocalDate opensOn = opens.atYear(year);
		LocalDate closesOn = closes.atYear(year);
		if (closesOn.isBefore(opensOn)) {
			closesOn = closes.atYear(year + 1);
		}
		return new DeclarationRound(year, opensOn, closesOn);
	}

	/**
	 * The round a day belongs to: the one open on that day, else the latest one that has opened.
	 * @param day the day
	 * @param opens the first day of each round
	 * @param closes the last day of each round
	 * @return the round
	 */
	public static DeclarationRound on(LocalDate day, MonthDay opens, MonthDay closes) {
		DeclarationRound thisYear = of(day.getYear(), opens, closes);
		return day.isBefore(thisYear.opensOn()) ? of(day.getYear() - 1, opens, closes) : thisYear;
	}

	public boolean isOpen(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	public boolean isClosed(LocalDate day) {
		return day.isAfter(this.closesOn);
	}

	/**
	 * Whether a declaration was made later than 28 days after the interest arose, or after the
	 * declarant's appointment when they had the interest already.
	 * @param arose when the interest arose
	 * @param appointed when the declarant was first appointed, or null when they hold no post
	 * @param declaredOn when it was declared
	 * @return true when late
	 */
	public static boolean late(LocalDate arose, LocalDate appointed, LocalDate declaredOn) {
		LocalDate from = (appointed != null && appointed.isAfter(arose)) ? appointed : arose;
		return declaredOn.isAfter(from.plusDays(DAYS_TO_DECLARE));
	}

}

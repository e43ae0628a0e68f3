package org.pecgov.interest;

/**
 * What was offered. Labels are in messages.properties as {@code GiftKind.NAME}.
 */
public enum GiftKind {

	GIFT, CASH_OR_VOUCHER, HOSPITALITY

}

package org.pecgov.interest.gift;

import org.springframework.modulith.NamedInterface;

/**
 * What was offered. Labels are in messages.properties as {@code GiftKind.NAME}.
 */
@NamedInterface("gift")
public enum GiftKind {

	GIFT, CASH_OR_VOUCHER, HOSPITALITY

}

package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift or hospitality as it is recorded.
 * @param kind a gift, cash or vouchers, or hospitality
 * @param offeredBy who offered it
 * @param directoryId the directory's organisation that offered it, or null
 * @param supplier whether it came from a supplier or contractor
 * @param description what it was
 * @param value its value in pounds
 * @param offeredOn when
 * @param accepted whether it was accepted
 * @param reason why it was accepted (or declined)
 * @param approver who approved its acceptance
 */
public record GiftDetails(GiftKind kind, String offeredBy, Long directoryId, boolean supplier, String description,
		BigDecimal value, LocalDate offeredOn, boolean accepted, String reason, String approver) {
}

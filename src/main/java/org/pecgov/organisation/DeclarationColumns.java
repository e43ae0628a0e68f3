package org.pecgov.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The columns of a PCT's settings about declarations: the dates of each year's round, and the amounts above which
 * a gift or hospitality must be declared, and hospitality approved.
 */
@Embeddable
class DeclarationColumns {

	@Column(name = "round_opens", nullable = false)
	private String roundOpens = "04-01";

	@Column(name = "round_closes", nullable = false)
	private String roundCloses = "06-30";

	@Column(name = "gift_declare_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal giftDeclareOver = BigDecimal.valueOf(50);

	@Column(name = "hospitality_declare_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal hospitalityDeclareOver = BigDecimal.valueOf(25);

	@Column(name = "hospitality_approval_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal hospitalityApprovalOver = BigDecimal.valueOf(75);

	/** A new or changed declaration waits for review before it is published (issue 17 §5). */
	@Column(name = "review_declarations", nullable = false)
	private boolean reviewDeclarations = true;

	void set(DeclarationColumns values) {
		this.reviewDeclarations = values.reviewDeclarations;
		this.roundOpens = values.roundOpens;
		this.roundCloses = values.roundCloses;
		this.giftDeclareOver = values.giftDeclareOver;
		this.hospitalityDeclareOver = values.hospitalityDeclareOver;
		this.hospitalityApprovalOver = values.hospitalityApprovalOver;
	}

	MonthDay getRoundOpens() {
		return MonthDay.parse("--" + this.roundOpens);
	}

	MonthDay getRoundCloses() {
		return MonthDay.parse("--" + this.roundCloses);
	}

	void setRound(MonthDay opens, MonthDay closes) {
		this.roundOpens = String.format("%02d-%02d", opens.getMonthValue(), opens.getDayOfMonth());
		this.roundCloses = String.format("%02d-%02d", closes.getMonthValue(), closes.getDayOfMonth());
	}

	void setGiftThresholds(BigDecimal giftDeclareOver, BigDecimal hospitalityDeclareOver,
			BigDecimal hospitalityApprovalOver) {
		this.giftDeclareOver = giftDeclareOver;
		this.hospitalityDeclareOver = hospitalityDeclareOver;
		this.hospitalityApprovalOver = hospitalityApprovalOver;
	}

	boolean isReviewDeclarations() {
		return this.reviewDeclarations;
	}

	void setReviewDeclarations(boolean reviewDeclarations) {
		this.reviewDeclarations = reviewDeclarations;
	}

	BigDecimal getGiftDeclareOver() {
		return this.giftDeclareOver;
	}

	BigDecimal getHospitalityDeclareOver() {
		return this.hospitalityDeclareOver;
	}

	BigDecimal getHospitalityApprovalOver() {
		return this.hospitalityApprovalOver;
	}

}

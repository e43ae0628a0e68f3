package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.member.PersonBuilder;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(GiftController.class)
@Import(SecurityConfig.class)
class GiftControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private GiftService gifts;

	@MockitoBean
	private DirectoryService directory;

	@MockitoBean
	private PersonService people;

	@BeforeEach
	void aMember() {
		given(this.people.byIds(any())).willReturn(List.of(PersonBuilder.aPerson().id(100).named("Sarah", "Collins").build()));
		given(this.gifts.approvalOver()).willReturn(new java.math.BigDecimal("75.00"));
	}

	@ParameterizedTest(name = "a value of {0} is refused")
	@CsvSource({ "-5, -5", "£abc, &pound;abc", "12.345, 12.345" })
	void refusesValuesThatAreNotPounds(String value, String redisplayed) {
		MvcTestResult result = record(value);

		assertThat(result).hasStatusOk().bodyText().contains("There is a problem").contains("value=\"" + redisplayed + "\"");
		verify(this.gifts, never()).record(anyLong(), any());
	}

	@Test
	void onlyStaffOpenTheFormForSomeoneElse() {
		assertThat(this.mvc.get().uri("/gifts/new?person=7").with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/gifts/new?person=7").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/gifts/new?person=100").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Hospitality worth more than £75 needs");
	}

	@Test
	void aMemberRecordsAGiftOfferedToThem() {
		assertThat(record("40")).hasStatus(302).hasRedirectedUrl("/declarations/mine");
		verify(this.gifts).record(eq(100L), any());
	}

	@Test
	void showsTheRegisterWithItsFlags() {
		Gift cash = new Gift(TestUsers.PCT, 100L, new GiftDetails(GiftKind.CASH_OR_VOUCHER, "A supplier", null, true,
				"Shopping vouchers", new BigDecimal("25"), LocalDate.of(2026, 11, 1), true, null, null), "test");
		given(this.gifts.register(anyInt())).willReturn(new PageImpl<>(List.of(new GiftService.Entry(cash,
				"Sarah Collins", List.of(GiftRules.Flag.CASH_ACCEPTED), true)), PageRequest.of(0, 25), 1));

		assertThat(this.mvc.get().uri("/gifts").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Cash or vouchers accepted")
			.contains("£25.00");
		assertThat(this.mvc.get().uri("/gifts").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

	private MvcTestResult record(String value) {
		return this.mvc.post()
			.uri("/gifts")
			.param("kind", "GIFT")
			.param("offeredBy", "A drug company")
			.param("description", "A pen")
			.param("value", value)
			.param("offeredOn", "2026-11-01")
			.param("accepted", "false")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())
			.exchange();
	}

}

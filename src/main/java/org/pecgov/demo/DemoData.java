package org.pecgov.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pecgov.config.PecgovProperties;
import org.pecgov.member.EmployerType;
import org.pecgov.member.Person;
import org.pecgov.member.PersonDetails;
import org.pecgov.member.PersonService;
import org.pecgov.member.Profession;
import org.pecgov.member.RegistrationBody;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.Role;
import org.pecgov.shared.StartupLock;
import org.pecgov.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: two PCTs of one SHA with realistic PEC members and a user per role. Loaded in demo
 * mode (the embedded default database, or PECGOV_DEMO=true) when it is not there yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

	static final String SHA_CODE = "NMSHA";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final PecgovProperties properties;

	private final OrganisationService organisations;

	private final PersonService people;

	private final UserService users;

	private final PasswordPolicy policy;

	private final StartupLock startup;

	private final ObjectProvider<DemoSeed> seeds;

	private final SettingsService settings;

	DemoData(PecgovProperties properties, OrganisationService organisations, PersonService people, UserService users,
			PasswordPolicy policy, StartupLock startup, ObjectProvider<DemoSeed> seeds, SettingsService settings) {
		this.seeds = seeds;
		this.settings = settings;
		this.properties = properties;
		this.organisations = organisations;
		this.people = people;
		this.users = users;
		this.policy = policy;
		this.startup = startup;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.isDemoMode()) {
			return;
		}
		String configured = this.properties.getDemoPassword();
		boolean given = configured != null && !configured.isBlank();
		if (given && this.policy.problem(configured).isPresent()) {
			throw new IllegalStateException("PECGOV_DEMO_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
					+ " characters and not be a common password");
		}
		String password = given ? configured : this.policy.generate();
		boolean loaded = this.startup.holding(() -> {
			if (this.organisations.findByCode(SHA_CODE).isPresent()) {
				if (given) {
					accounts().forEach((email) -> this.users.setPasswordOf(email, configured));
				}
				return false;
			}
			load(password);
			return true;
		});
		if (!loaded) {
			log.info("Demo mode: the demo data is already loaded");
		}
		else if (given) {
			log.info("Demo mode: loaded the demo PCTs; the demo accounts use PECGOV_DEMO_PASSWORD");
		}
		else {
			log.warn("Demo mode: loaded the demo PCTs. Password of every demo account ({}): {}",
					String.join(", ", accounts()), password);
		}
	}

	static List<String> accounts() {
		List<String> accounts = new ArrayList<>();
		for (String domain : List.of("northshire.example", "southvale.example")) {
			for (String role : List.of("admin", "chair", "secretary", "member", "pctchair")) {
				accounts.add(role + "@" + domain);
			}
		}
		accounts.add("sha@northmidlands.example");
		accounts.add("operator@pecgov.example");
		return accounts;
	}

	private void load(String password) {
		Organisation sha = this.organisations.createSha(SHA_CODE, "North Midlands SHA");
		loadPct(this.organisations.createPct("NSH", "Northshire PCT", sha.getId()), "northshire.example",
				northshire(), password);
		loadPct(this.organisations.createPct("SVL", "Southvale PCT", sha.getId()), "southvale.example", southvale(),
				password);
		this.users.createWithPassword("sha@northmidlands.example", "Helen Marsh", Role.SHA_VIEWER, sha.getId(), null,
				password);
		this.users.createWithPassword("operator@pecgov.example", "Service operator", Role.OPERATOR, null, null,
				password);
	}

	private void loadPct(Organisation pct, String domain, List<PersonDetails> register, String password) {
		List<Person> created = register.stream().map((details) -> this.people.createIn(pct.getId(), details)).toList();
		Person chair = created.get(0);
		Person member = created.get(2);
		this.users.createWithPassword("admin@" + domain, "Practice and governance administrator", Role.ADMIN,
				pct.getId(), null, password);
		this.users.createWithPassword("chair@" + domain, chair.getFullName(), Role.CHAIR, pct.getId(), chair.getId(),
				password);
		this.users.createWithPassword("secretary@" + domain, "Board secretary", Role.SECRETARY, pct.getId(), null,
				password);
		this.users.createWithPassword("member@" + domain, member.getFullName(), Role.MEMBER, pct.getId(),
				member.getId(), password);
		Person pctChair = created.get(14);
		this.users.createWithPassword("pctchair@" + domain, pctChair.getFullName(), Role.MEMBER, pct.getId(),
				pctChair.getId(), password);
		this.settings.markReviewed(pct.getId());
		DemoPct demo = new DemoPct(pct.getId(), pct.getName().replace(" PCT", ""), created);
		this.seeds.orderedStream().forEach((seed) -> seed.seed(demo));
	}

	private static List<PersonDetails> northshire() {
		String d = "northshire.example";
		return List.of(
				clinician("Dr", "Amelia", "Hart", d, Profession.GP, RegistrationBody.GMC, "4567890",
						EmployerType.INDEPENDENT_CONTRACTOR, "Riverside Medical Practice; North Locality PbC group", "2.5",
						"2005-04-01"),
				clinician("Dr", "Rajesh", "Patel", d, Profession.GP, RegistrationBody.GMC, "6123456",
						EmployerType.INDEPENDENT_CONTRACTOR, "Castlegate Surgery; Northshire Commissioning Consortium",
						"4", "2006-10-01"),
				clinician("Ms", "Sarah", "Collins", d, Profession.NURSE, RegistrationBody.NMC, "85A1234E",
						EmployerType.PCT_MANAGED_SERVICE, "Northshire Community Nursing", "3", "2006-04-01"),
				clinician("Mr", "Michael", "O'Brien", d, Profession.PHARMACIST, RegistrationBody.GPHC, "2045678",
						EmployerType.OTHER_PROVIDER, "Hartley's Pharmacy Ltd", "2", "2007-01-01"),
				clinician("Mrs", "Helen", "Wright", d, Profession.ALLIED_HEALTH_PROFESSIONAL, RegistrationBody.HCPC,
						"PH112233", EmployerType.PCT_MANAGED_SERVICE, "Northshire Physiotherapy Service", "3",
						"2006-04-01"),
				clinician("Dr", "Tom", "Nakamura", d, Profession.DENTIST, RegistrationBody.GDC, "81234",
						EmployerType.INDEPENDENT_CONTRACTOR, "Market Street Dental Practice", "3.5", "2007-04-01"),
				manager("Ms", "Julia", "Bennett", d, Profession.MANAGER, EmployerType.PCT_MANAGEMENT, "Chief executive"),
				manager("Mr", "David", "Osei", d, Profession.MANAGER, EmployerType.PCT_MANAGEMENT, "Director of finance"),
				manager("Dr", "Fiona", "McLeod", d, Profession.PUBLIC_HEALTH, EmployerType.PCT_MANAGEMENT,
						"Director of public health"),
				manager("Cllr", "Peter", "Johnson", d, Profession.LOCAL_AUTHORITY_OFFICER, EmployerType.LOCAL_AUTHORITY,
						"Northshire County Council"),
				manager("Ms", "Angela", "Price", d, Profession.LOCAL_AUTHORITY_OFFICER, EmployerType.LOCAL_AUTHORITY,
						"Director of adult social services, Northshire County Council"),
				clinician("Ms", "Kate", "Lindley", d, Profession.OPTOMETRIST, RegistrationBody.GOC, "01-23456",
						EmployerType.INDEPENDENT_CONTRACTOR, "Lindley Opticians (co-opted for the eye care review)",
						"4", "2008-01-01"),
				clinician("Ms", "Grace", "Adeyemi", d, Profession.SOCIAL_WORKER, RegistrationBody.SOCIAL_WORK_ENGLAND,
						"SW45678", EmployerType.LOCAL_AUTHORITY, "Northshire County Council", "1", "2007-06-01"),
				manager("Mr", "Mark", "Evans", d, Profession.LAY_MEMBER, null, "Lay member"),
				manager("Mrs", "Catherine", "Ashworth", d, Profession.LAY_MEMBER, null, "PCT chair (non-executive)"),
				clinician("Ms", "Rachel", "Greene", d, Profession.NURSE, RegistrationBody.NMC, "02C5678H",
						EmployerType.PCT_MANAGED_SERVICE, "Northshire Health Visiting Service", "4", "2009-09-01"));
	}

	private static List<PersonDetails> southvale() {
		String d = "southvale.example";
		return List.of(
				clinician("Dr", "Owen", "Pritchard", d, Profession.GP, RegistrationBody.GMC, "3344556",
						EmployerType.INDEPENDENT_CONTRACTOR, "Valley Road Health Centre; South Locality PbC group", "3",
						"2004-10-01"),
				clinician("Dr", "Nadia", "Rahman", d, Profession.GP, RegistrationBody.GMC, "7012345",
						EmployerType.INDEPENDENT_CONTRACTOR, "Southvale Family Practice", "4", "2006-04-01"),
				clinician("Mr", "James", "Whitaker", d, Profession.NURSE, RegistrationBody.NMC, "91B2345C",
						EmployerType.PCT_MANAGED_SERVICE, "Southvale District Nursing", "3", "2006-04-01"),
				clinician("Ms", "Priya", "Shah", d, Profession.PHARMACIST, RegistrationBody.GPHC, "2098765",
						EmployerType.PCT_MANAGED_SERVICE, "Southvale Medicines Management", "1.5", "2007-04-01"),
				clinician("Mr", "Daniel", "Hughes", d, Profession.ALLIED_HEALTH_PROFESSIONAL, RegistrationBody.HCPC,
						"SL054321", EmployerType.PCT_MANAGED_SERVICE, "Southvale Speech and Language Therapy", "3",
						"2007-01-01"),
				clinician("Dr", "Eleanor", "Fox", d, Profession.DENTIST, RegistrationBody.GDC, "65432",
						EmployerType.INDEPENDENT_CONTRACTOR, "Fox and Partners Dental Surgery", "4", "2007-10-01"),
				manager("Mr", "Richard", "Lowe", d, Profession.MANAGER, EmployerType.PCT_MANAGEMENT, "Chief executive"),
				manager("Mrs", "Susan", "Clarke", d, Profession.MANAGER, EmployerType.PCT_MANAGEMENT,
						"Director of finance"),
				manager("Dr", "Ahmed", "Karim", d, Profession.PUBLIC_HEALTH, EmployerType.PCT_MANAGEMENT,
						"Director of public health"),
				manager("Cllr", "Margaret", "Ellis", d, Profession.LOCAL_AUTHORITY_OFFICER, EmployerType.LOCAL_AUTHORITY,
						"Southvale Borough Council"),
				manager("Mr", "Gareth", "Jones", d, Profession.LOCAL_AUTHORITY_OFFICER, EmployerType.LOCAL_AUTHORITY,
						"Director of children's services, Southvale Borough Council"),
				clinician("Mr", "Ben", "Carter", d, Profession.OPTOMETRIST, RegistrationBody.GOC, "01-65432",
						EmployerType.INDEPENDENT_CONTRACTOR, "Carter Eyecare (co-opted)", "4", "2008-04-01"),
				clinician("Ms", "Lucy", "Morgan", d, Profession.SOCIAL_WORKER, RegistrationBody.SOCIAL_WORK_ENGLAND,
						"SW12345", EmployerType.LOCAL_AUTHORITY, "Southvale Borough Council", "1", "2007-04-01"),
				manager("Mrs", "Joan", "Taylor", d, Profession.LAY_MEMBER, null, "Lay member"),
				manager("Mr", "Anthony", "Booth", d, Profession.LAY_MEMBER, null, "PCT chair (non-executive)"),
				clinician("Mr", "Samuel", "Okafor", d, Profession.NURSE, RegistrationBody.NMC, "04D2345K",
						EmployerType.PCT_MANAGED_SERVICE, "Southvale Community Matrons", "4", "2010-01-01"));
	}

	private static PersonDetails clinician(String title, String given, String family, String domain,
			Profession profession, RegistrationBody body, String number, EmployerType employer, String affiliations,
			String days, String start) {
		return new PersonDetails(title, given, family, email(given, family, domain), "01632 960" + digits(family),
				profession, body, number, employer, affiliations, true, new BigDecimal(days), LocalDate.parse(start),
				null, null);
	}

	private static PersonDetails manager(String title, String given, String family, String domain,
			Profession profession, EmployerType employer, String affiliations) {
		return new PersonDetails(title, given, family, email(given, family, domain), "01632 960" + digits(family),
				profession, null, null, employer, affiliations, false, BigDecimal.ZERO, LocalDate.parse("2006-04-01"),
				null, null);
	}

	private static String email(String given, String family, String domain) {
		return (given + "." + family).toLowerCase(java.util.Locale.ROOT).replace("'", "") + "@" + domain;
	}

	private static String digits(String family) {
		return String.format("%03d", Math.abs(family.hashCode()) % 1000);
	}

}

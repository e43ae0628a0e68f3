package org.pecgov.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's annual report: the year to today in its indicators and in the sections the features write (its
 * membership and changes, attendance per member, business by function), and whether the PCT publishes it.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReport {

	private final IndicatorService indicators;

	private final ObjectProvider<ReportSection.Source> sources;

	private final ReportPublicationRepository publications;

	private final OrganisationService organisations;

	private final Clock clock;

	AnnualReport(IndicatorService indicators, ObjectProvider<ReportSection.Source> sources,
			ReportPublicationRepository publications, OrganisationService organisations, Clock clock) {
		this.indicators = indicators;
		this.sources = sources;
		this.publications = publications;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The report of the PCT the user reads.
	 * @return the report
	 */
	public Report ofMine() {
		return of(this.organisations.get(CurrentUser.readableOrganisationId()));
	}

	/**
	 * A PCT's published report, for anyone.
	 * @param code the PCT's code
	 * @return the report, if the PCT publishes it
	 */
	/**
	 * Whether a PCT publishes its annual report (at {@code /public/{code}/report.pdf}).
	 * @param organisationId the PCT
	 * @return true when published
	 */
	public boolean isPublished(Long organisationId) {
		return this.publications.findByOrganisationId(organisationId).map(ReportPublication::isPublished).orElse(false);
	}

	public Optional<Report> published(String code) {
		return this.organisations.findByCode(code)
			.filter((o) -> o.getType() == OrganisationType.PCT)
			.filter((o) -> this.publications.findByOrganisationId(o.getId()).map(ReportPublication::isPublished).orElse(false))
			.map(this::of);
	}

	private Report of(Organisation pct) {
		LocalDate to = LocalDate.now(this.clock);
		LocalDate from = to.minusYears(1).plusDays(1);
		List<IndicatorRow> rows = this.indicators.indicatorsOf(pct.getId());
		List<ReportSection> sections = org.pecgov.security.SystemReader.as(pct.getId(), () -> this.sources.orderedStream()
			.flatMap((s) -> s.sections(from, to).stream())
			.sorted(Comparator.comparingInt(ReportSection::order))
			.toList());
		return new Report(pct, from, to, rows, sections);
	}

	/**
	 * Whether the user's PCT publishes its report, with the version of that choice.
	 * @return the publication
	 */
	public Publication publication() {
		Long organisationId = CurrentUser.organisationId();
		String code = this.organisations.get(organisationId).getCode();
		return this.publications.findByOrganisationId(organisationId)
			.map((p) -> new Publication(p.isPublished(), p.getVersion(), code))
			.orElse(new Publication(false, null, code));
	}

	/**
	 * Publishes the user's PCT's report on its public pages, or withdraws it.
	 * @param published whether to publish it
	 * @param version the version of the choice the user saw (null when never made)
	 */
	@Transactional
	public void publish(boolean published, Long version) {
		Long organisationId = CurrentUser.organisationId();
		ReportPublication publication = this.publications.findByOrganisationId(organisationId).orElse(null);
		if (publication == null) {
			if (version != null) {
				throw new org.pecgov.shared.StaleEditException("ReportPublication", null);
			}
			publication = new ReportPublication(organisationId);
		}
		else {
			publication.checkVersion(version);
		}
		publication.publish(published);
		try {
			this.publications.saveAndFlush(publication);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// another administrator chose at the same moment: theirs stands, this choice is stale
			throw new org.pecgov.shared.StaleEditException("ReportPublication", null);
		}
	}

	/**
	 * A PCT's annual report.
	 * @param pct the PCT
	 * @param from the year's first day
	 * @param to its last day (today)
	 * @param indicators its indicators today
	 * @param sections the features' sections
	 */
	public record Report(Organisation pct, LocalDate from, LocalDate to, List<IndicatorRow> indicators,
			List<ReportSection> sections) {
	}

	/**
	 * Whether a PCT publishes its report.
	 * @param published whether it does
	 * @param version the version of that choice, or null when never made
	 * @param code the PCT's code, for the address of its public pages
	 */
	public record Publication(boolean published, Long version, String code) {
	}

}

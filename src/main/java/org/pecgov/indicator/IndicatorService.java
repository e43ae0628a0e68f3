package org.pecgov.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;
import org.pecgov.shared.StaleEditException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's indicators: measured today by the features that own their facts, against the targets each PCT sets,
 * with the months kept; and across an SHA, the PCTs side by side from the months kept.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	/** Months of history the indicators page shows. */
	static final int HISTORY_MONTHS = 12;

	private final ObjectProvider<Measure.Source> sources;

	private final IndicatorTargetRepository targets;

	private final Snapshots snapshots;

	private final OrganisationService organisations;

	private final Clock clock;

	IndicatorService(ObjectProvider<Measure.Source> sources, IndicatorTargetRepository targets, Snapshots snapshots,
			OrganisationService organisations, Clock clock) {
		this.sources = sources;
		this.targets = targets;
		this.snapshots = snapshots;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The indicators of the PCT the user reads: today's values, computed now, with their targets, status and the
	 * months kept.
	 * @return a row per indicator, in order
	 */
	public List<IndicatorRow> indicators() {
		return indicatorsOf(CurrentUser.readableOrganisationId());
	}

	/**
	 * A PCT's indicators today: for the pages of its staff and SHA, and its published annual report.
	 * @param organisationId the PCT
	 * @return a row per indicator, in order
	 */
	List<IndicatorRow> indicatorsOf(Long organisationId) {
		List<Measure> measures = measure(organisationId);
		Map<Indicator, Integer> targetOf = targetsOf(organisationId);
		LocalDate month = thisMonth();
		Map<Indicator, List<Kept>> history = new EnumMap<>(Indicator.class);
		this.snapshots.of(organisationId, month.minusMonths(HISTORY_MONTHS))
			.stream()
			.filter((k) -> k.month().isBefore(month))
			.forEach((k) -> history.computeIfAbsent(k.indicator(), (i) -> new ArrayList<>()).add(k));
		return measures.stream().map((m) -> {
			int target = targetOf.get(m.indicator());
			return new IndicatorRow(m, m.indicator().hasTarget() ? target : null,
					m.indicator().status(m.value(), m.of(), target), history.getOrDefault(m.indicator(), List.of()));
		}).toList();
	}

	/**
	 * What the features measure of a PCT today, each as a reader of the whole PCT.
	 * @param organisationId the PCT
	 * @return a measure per indicator, in order
	 */
	List<Measure> measure(Long organisationId) {
		return org.pecgov.security.SystemReader.as(organisationId, () -> this.sources.orderedStream()
			.flatMap((source) -> source.measures().stream())
			.sorted(Comparator.comparing(Measure::indicator))
			.toList());
	}

	/**
	 * A PCT's targets: those it set, the defaults for the rest.
	 * @param organisationId the PCT
	 * @return the target of every indicator
	 */
	Map<Indicator, Integer> targetsOf(Long organisationId) {
		Map<Indicator, Integer> all = defaults();
		this.targets.findByOrganisationId(organisationId)
			.stream()
			.filter((t) -> t.getIndicator().hasTarget())
			.forEach((t) -> all.put(t.getIndicator(), t.getTarget()));
		return all;
	}

	private static Map<Indicator, Integer> defaults() {
		Map<Indicator, Integer> all = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			all.put(indicator, indicator.defaultTarget());
		}
		return all;
	}

	/**
	 * The user's PCT's targets with the version of each that it set, for the form that changes them.
	 * @return the targets, and the versions of those set (absent for defaults)
	 */
	public Targets targets() {
		Long organisationId = CurrentUser.organisationId();
		Map<Indicator, Long> versions = new EnumMap<>(Indicator.class);
		this.targets.findByOrganisationId(organisationId).forEach((t) -> versions.put(t.getIndicator(), t.getVersion()));
		return new Targets(targetsOf(organisationId), versions);
	}

	/**
	 * What the rules of the targets find wrong with what was typed, all at once: a whole number for each
	 * indicator with a target, from 0 to 100 for a share (0 to 999 for a count).
	 * @param typed the text typed for each indicator
	 * @return the problems, by field {@code targets[NAME]}
	 */
	public List<FieldException.Problem> problemsOf(Map<String, String> typed) {
		Problems problems = new Problems();
		for (Indicator indicator : Indicator.values()) {
			if (!indicator.hasTarget()) {
				continue;
			}
			String field = "targets[" + indicator.name() + "]";
			String text = (typed != null) ? typed.get(indicator.name()) : null;
			Integer value = parse(text);
			problems.when(text == null || text.isBlank(), field, "indicator.target.required");
			problems.when(text != null && !text.isBlank() && value == null, field, "indicator.target.number");
			problems.when(value != null && (value < 0 || value > indicator.maxTarget()), field,
					(indicator.maxTarget() == 100) ? "indicator.target.percent" : "indicator.target.count");
		}
		return problems.list();
	}

	/**
	 * Sets the user's PCT's targets, each refused as a stale edit when someone changed it since the form was read.
	 * @param typed the text typed for each indicator
	 * @param versions the version of each target the form was read at (absent for a default)
	 */
	@Transactional
	public void setTargets(Map<String, String> typed, Map<String, Long> versions) {
		Problems.refuse(problemsOf(typed));
		Long organisationId = CurrentUser.organisationId();
		Map<Indicator, IndicatorTarget> current = new EnumMap<>(Indicator.class);
		this.targets.findByOrganisationId(organisationId).forEach((t) -> current.put(t.getIndicator(), t));
		try {
			for (Indicator indicator : Indicator.values()) {
				if (!indicator.hasTarget()) {
					continue;
				}
				int value = parse(typed.get(indicator.name()));
				Long seen = (versions != null) ? versions.get(indicator.name()) : null;
				IndicatorTarget target = current.get(indicator);
				if (target == null) {
					if (seen != null) {
						throw new StaleEditException("IndicatorTarget", null);
					}
					if (value != indicator.defaultTarget()) {
						this.targets.save(new IndicatorTarget(organisationId, indicator, value));
					}
				}
				else {
					target.checkVersion(seen);
					if (target.getTarget() != value) {
						target.setTarget(value);
					}
				}
			}
			this.targets.flush();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// another administrator set a first target at the same moment: their form wins, this one is stale
			throw new StaleEditException("IndicatorTarget", null);
		}
	}

	private static Integer parse(String text) {
		if (text == null || !text.trim().matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(text.trim());
	}

	/**
	 * Keeps this month's indicators of a PCT, unless kept already (by this instance or another).
	 * @param organisationId the PCT
	 * @return true when kept now
	 */
	@Transactional
	public boolean keep(Long organisationId) {
		LocalDate month = thisMonth();
		if (this.snapshots.has(organisationId, month)) {
			return false;
		}
		Map<Indicator, Integer> targetOf = targetsOf(organisationId);
		List<Kept> values = measure(organisationId).stream()
			.map((m) -> new Kept(organisationId, month, m.indicator(), m.value(), m.of(),
					m.indicator().status(m.value(), m.of(), targetOf.get(m.indicator()))))
			.toList();
		return this.snapshots.write(organisationId, month, values) > 0;
	}

	/**
	 * The PCTs of an SHA side by side, from the latest month kept of each.
	 * @param pcts the SHA's PCTs
	 * @return the comparison
	 */
	public Comparison compare(List<Organisation> pcts) {
		Set<Long> ids = pcts.stream().map(Organisation::getId).collect(Collectors.toSet());
		Map<Long, Map<Indicator, Kept>> latest = new HashMap<>();
		this.snapshots.latestOf(ids)
			.forEach((k) -> latest.computeIfAbsent(k.organisationId(), (o) -> new EnumMap<>(Indicator.class))
				.put(k.indicator(), k));
		Map<Long, Map<Indicator, Integer>> targetsOf = new HashMap<>();
		ids.forEach((id) -> targetsOf.put(id, defaults()));
		if (!ids.isEmpty()) {
			this.targets.findByOrganisationIdIn(ids)
				.stream()
				.filter((t) -> t.getIndicator().hasTarget())
				.forEach((t) -> targetsOf.get(t.getOrganisationId()).put(t.getIndicator(), t.getTarget()));
		}
		Map<Long, Comparison.Line> lines = new LinkedHashMap<>();
		pcts.forEach((p) -> lines.put(p.getId(), new Comparison.Line(p, latest.getOrDefault(p.getId(), Map.of()),
				targetsOf.get(p.getId()))));
		return new Comparison(new ArrayList<>(lines.values()));
	}

	LocalDate thisMonth() {
		return LocalDate.now(this.clock).withDayOfMonth(1);
	}

	/**
	 * A PCT's targets, and the versions of those it set.
	 * @param values the target of every indicator
	 * @param versions the version of each target set (absent for a default)
	 */
	public record Targets(Map<Indicator, Integer> values, Map<Indicator, Long> versions) {
	}

}

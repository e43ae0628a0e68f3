package org.pecgov.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The targets form: the text typed for each indicator with a target, and the version of each target the form was
 * read at (none for a default).
 */
public class TargetsForm {

	private Map<String, String> targets = new LinkedHashMap<>();

	private Map<String, Long> versions = new LinkedHashMap<>();

	static TargetsForm from(IndicatorService.Targets current) {
		TargetsForm form = new TargetsForm();
		current.values().forEach((indicator, target) -> {
			if (indicator.hasTarget()) {
				form.targets.put(indicator.name(), Integer.toString(target));
			}
		});
		current.versions().forEach((indicator, version) -> form.versions.put(indicator.name(), version));
		return form;
	}

	public Map<String, String> getTargets() {
		return this.targets;
	}

	public void setTargets(Map<String, String> targets) {
		this.targets = targets;
	}

	public Map<String, Long> getVersions() {
		return this.versions;
	}

	public void setVersions(Map<String, Long> versions) {
		this.versions = versions;
	}

}

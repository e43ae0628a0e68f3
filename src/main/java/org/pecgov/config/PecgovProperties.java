package org.pecgov.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * pecgov's own settings, set from the environment variables named in README.md.
 */
@ConfigurationProperties(prefix = "pecgov")
public class PecgovProperties {

	/** PECGOV_DEMO: load the demo PCTs and accounts (always on with the embedded default database). */
	private boolean demo;

	/** PECGOV_DEMO_PASSWORD: the demo accounts' password; generated and logged when unset. */
	private String demoPassword;

	/** PECGOV_DEMO_SCALE: {@code national} adds, in demo mode, a national data set of 200 PCTs. */
	private String demoScale;

	/** PECGOV_OPERATOR_EMAIL: the first operator, created on an empty database. */
	private String operatorEmail;

	/** PECGOV_OPERATOR_PASSWORD: the first operator's password. */
	private String operatorPassword;

	/** PECGOV_BASE_URL: the address users open the service at, for links in emails. */
	private String baseUrl = "http://localhost:8080";

	/** PECGOV_MAIL_FROM: the sender of emails. */
	private String mailFrom = "pecgov@localhost";

	/** Whether the embedded PostgreSQL is the database (set at start-up, not configured). */
	private boolean embeddedDatabase;

	public String getDemoScale() {
		return this.demoScale;
	}

	public void setDemoScale(String demoScale) {
		this.demoScale = demoScale;
	}

	/** @return whether the national data set is to be loaded (PECGOV_DEMO_SCALE=national, in demo mode) */
	public boolean isNationalScale() {
		return isDemoMode() && "national".equalsIgnoreCase((this.demoScale != null) ? this.demoScale.strip() : "");
	}

	public boolean isDemoMode() {
		return this.demo || this.embeddedDatabase;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public void setDemo(boolean demo) {
		this.demo = demo;
	}

	public String getDemoPassword() {
		return this.demoPassword;
	}

	public void setDemoPassword(String demoPassword) {
		this.demoPassword = demoPassword;
	}

	public String getOperatorEmail() {
		return this.operatorEmail;
	}

	public void setOperatorEmail(String operatorEmail) {
		this.operatorEmail = operatorEmail;
	}

	public String getOperatorPassword() {
		return this.operatorPassword;
	}

	public void setOperatorPassword(String operatorPassword) {
		this.operatorPassword = operatorPassword;
	}

	public boolean isEmbeddedDatabase() {
		return this.embeddedDatabase;
	}

	public void setEmbeddedDatabase(boolean embeddedDatabase) {
		this.embeddedDatabase = embeddedDatabase;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getMailFrom() {
		return this.mailFrom;
	}

	public void setMailFrom(String mailFrom) {
		this.mailFrom = mailFrom;
	}

}

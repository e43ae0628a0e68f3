package org.pecgov.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium for the browser stories, with an accessibility check of each page.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String base;

	private final Path profile;

	Browser(int port) {
		this.base = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("pecgov-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + this.profile);
		if (Files.isExecutable(CHROMIUM)) {
			options.setBinary(CHROMIUM.toFile());
		}
		if (Files.isExecutable(CHROMEDRIVER)) {
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
		}
		else {
			this.driver = new ChromeDriver(options);
		}
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	String path() {
		return this.driver.getCurrentUrl().replace(this.base, "");
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Clicks something that loads a new page, and waits for that page.
	 * @param css the element to click
	 */
	void click(String css) {
		navigate(find(css));
	}

	/**
	 * Types a date into an NHS date input (day, month and year boxes; the day box has the date's id), or sets a
	 * single date or time field as ISO text, whatever the browser's locale shows.
	 * @param id the field (the day box's id)
	 * @param isoDate e.g. 2027-01-01, or empty to clear it
	 */
	void date(String id, String isoDate) {
		if (this.driver.findElements(By.id(id + "-month")).isEmpty()) {
			((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("arguments[0].value = arguments[1]", this.driver.findElement(By.id(id)), isoDate);
			return;
		}
		String[] parts = isoDate.isEmpty() ? new String[] { "", "", "" } : isoDate.split("-");
		type(id, isoDate.isEmpty() ? "" : String.valueOf(Integer.parseInt(parts[2])));
		type(id + "-month", isoDate.isEmpty() ? "" : String.valueOf(Integer.parseInt(parts[1])));
		type(id + "-year", parts[0]);
	}

	void select(String id, String visibleText) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	void selectContaining(String id, String part) {
		org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(
				this.driver.findElement(By.id(id)));
		select.getOptions()
			.stream()
			.filter((o) -> o.getText().contains(part))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No option containing " + part + " in " + id))
			.click();
	}

	/**
	 * Logs in through the login page.
	 * @param email the account
	 * @param password its password
	 */
	void logIn(String email, String password) {
		logInOnly(email, password);
		if (path().startsWith("/account/two-factor")) {
			// an administrator is offered a second factor for 14 days: "Not now"
			clickLink("Not now, go to the home page");
		}
	}

	/**
	 * Logs in and stays on the page the service leads to.
	 * @param email the account
	 * @param password its password
	 */
	void logInOnly(String email, String password) {
		open("/login");
		type("username", email);
		type("password", password);
		click("main button[type=submit]");
	}

	/**
	 * Clicks a label or control that does not leave the page.
	 * @param css the element to click
	 */
	void tick(String css) {
		find(css).click();
	}

	void clickButton(String text) {
		navigate(this.driver.findElement(By.xpath("//main//button[normalize-space()='" + text + "']")));
	}

	void clickAll(String css) {
		for (WebElement element : findAll(css)) {
			((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].click()", element);
		}
	}

	List<String> hrefs(String css) {
		return findAll(css).stream().map((e) -> e.getAttribute("href")).toList();
	}

	void openUrl(String url) {
		this.driver.get(url);
	}

	void clickLink(String text) {
		navigate(this.driver.findElement(By.linkText(text)));
	}

	private void navigate(WebElement target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	String heading() {
		return find("h1").getText();
	}

	String text() {
		return find("body").getText();
	}

	/**
	 * Makes the window as wide as a phone's (or any other width), its height kept.
	 * @param width the width in CSS pixels
	 */
	/**
	 * What a link the page offers downloads, fetched by the page itself (with its session), as text.
	 * @param path the link's address
	 * @return the body
	 */
	String download(String path) {
		Object body = ((org.openqa.selenium.JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then((r) => r.text()).then(done, (e) => done('failed: ' + e));
				""", path);
		return String.valueOf(body);
	}

	/**
	 * How many charts the page has, and how many Chart.js drew.
	 * @return {@code drawn/charts}
	 */
	String charts() {
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("""
				const canvases = Array.from(document.querySelectorAll('canvas[data-chart]'));
				const drawn = canvases.filter((c) => window.Chart && window.Chart.getChart(c)).length;
				return drawn + '/' + canvases.length;
				"""));
	}

	void width(int width) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
	}

	/**
	 * How much wider than the window the page is, in CSS pixels (0 when it fits).
	 * @return the overflow
	 */
	long overflow() {
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/**
	 * The elements that reach past the window's right edge (outside any region that scrolls), to say what
	 * makes a page too wide.
	 * @return their tags, classes and widths
	 */
	String pastTheEdge() {
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("""
				const edge = document.documentElement.clientWidth;
				return Array.from(document.querySelectorAll('body *'))
				  .filter((e) => e.getBoundingClientRect().right > edge + 1)
				  				  .slice(0, 8)
				  .map((e) => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().width))
				  .join('; ');
				"""));
	}

	/**
	 * Fails when axe finds any WCAG 2.2 A or AA violation on the page shown.
	 */
	void assertAccessible() {
		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.analyze(this.driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as("axe violations on %s: %s", path(), describe(violations)).isEmpty();
	}

	/**
	 * Presses Tab, as someone using a keyboard would, until the element that matches has the focus.
	 * @param css the element to reach
	 */
	void tabTo(String css) {
		for (int i = 0; i < 400; i++) {
			Object there = ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return !!document.activeElement && document.activeElement.matches(arguments[0]);", css);
			if (Boolean.TRUE.equals(there)) {
				return;
			}
			new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached " + css + " on " + path());
	}

	/**
	 * Types into whatever has the focus.
	 * @param keys text or keys
	 */
	void keys(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(keys).perform();
	}

	/**
	 * Tabs to a field, empties it and types into it, by keyboard alone.
	 * @param css the field
	 * @param text what to type
	 */
	void tabAndType(String css, String text) {
		tabTo(css);
		Object length = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return (document.activeElement.value || '').length;");
		keys(org.openqa.selenium.Keys.END);
		for (long i = ((Number) length).longValue(); i > 0; i--) {
			keys(org.openqa.selenium.Keys.BACK_SPACE);
		}
		if (!text.isEmpty()) {
			keys(text);
		}
		Object typed = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.activeElement.value;");
		assertThat(typed).as("typed into %s", css).isEqualTo(text);
	}

	/**
	 * Tabs to a select and moves through its options with the arrow keys until one that contains the text is chosen.
	 * @param css the select
	 * @param part words of the option
	 */
	void tabAndChoose(String css, String part) {
		tabTo(css);
		for (int i = 0; i < 400; i++) {
			Object text = ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("const s = document.activeElement; return s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : '';");
			if (String.valueOf(text).contains(part)) {
				return;
			}
			keys(org.openqa.selenium.Keys.ARROW_DOWN);
		}
		throw new AssertionError("No option of " + css + " contains " + part);
	}

	/**
	 * Presses Enter on what has the focus (a link or a button) and waits for the page it leads to.
	 */
	void enterAndWait() {
		WebElement page = this.driver.findElement(By.tagName("html"));
		keys(org.openqa.selenium.Keys.ENTER);
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Runs a script on the page shown.
	 * @param script what returns the answer
	 * @return the answer, as text
	 */
	String script(String script) {
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script));
	}

	/**
	 * What has the focus.
	 * @return its tag, id and text
	 */
	String focused() {
		return String.valueOf(((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(
				"const e = document.activeElement; return e ? e.tagName + '#' + e.id + ' ' + (e.innerText || '').slice(0, 80) : '';"));
	}

	/**
	 * What axe finds wrong on the page shown (WCAG 2.2 A and AA, and best practice), for a test that collects the
	 * problems of many pages before it fails.
	 * @return the rules broken and where, or empty
	 */
	String accessibilityProblems() {
		List<Rule> violations = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.analyze(this.driver)
			.getViolations();
		return violations.isEmpty() ? "" : describe(violations);
	}

	/**
	 * The fields a person fills in that have no label (nor an ARIA name).
	 * @return their names or ids, or empty
	 */
	List<String> unlabelledFields() {
		@SuppressWarnings("unchecked")
		List<String> fields = (List<String>) ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("""
				return Array.from(document.querySelectorAll(
				    'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select, textarea'))
				  .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
				  .map((e) => e.name || e.id || e.outerHTML.slice(0, 60));
				""");
		return fields;
	}

	/**
	 * The addresses of this site's links on the page shown, as paths.
	 * @param css where to look, e.g. "a" or ".pecgov-subnav a"
	 * @return paths with their query, without fragments, in page order
	 */
	List<String> links(String css) {
		@SuppressWarnings("unchecked")
		List<String> links = (List<String>) ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("""
				return Array.from(document.querySelectorAll(arguments[0]))
				  .map((a) => new URL(a.href, location.href))
				  .filter((u) => u.origin === location.origin)
				  .map((u) => u.pathname + u.search);
				""", css);
		return links;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " " + rule.getNodes().stream().map((n) -> n.getTarget().toString())
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind
		}
	}

}

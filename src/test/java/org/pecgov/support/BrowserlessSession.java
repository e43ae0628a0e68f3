package org.pecgov.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's session over real HTTP: cookies kept, the CSRF token taken from the last page read, as a
 * browser would (without running any script).
 */
public final class BrowserlessSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String csrf;

	private final CookieManager cookies;

	public BrowserlessSession(int port) {
		this(port, new CookieManager(), null);
	}

	private BrowserlessSession(int port, CookieManager cookies, String csrf) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.csrf = csrf;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser (its cookies and the last form token it read) talking to another instance of the
	 * service, as a load balancer without sticky sessions would send it.
	 * @param port the other instance's port
	 * @return the session on that instance
	 */
	public BrowserlessSession on(int port) {
		return new BrowserlessSession(port, this.cookies, this.csrf);
	}

	public static BrowserlessSession loggedIn(int port, String email) {
		BrowserlessSession session = new BrowserlessSession(port);
		Page result = session.logIn(email, TestUsers.PASSWORD);
		if (result.status() != 302 || result.location().contains("error")) {
			throw new IllegalStateException("Could not log in as " + email + ": " + result.status() + " " + result.location());
		}
		return session;
	}

	public Page logIn(String email, String password) {
		get("/login");
		return post("/login", Map.of("username", email, "password", password));
	}

	/**
	 * Reads a download to its end without keeping it, as a benchmark needs.
	 * @param path where from
	 * @return how many bytes came, or -1 if the answer was not 200
	 */
	public long download(String path) {
		try {
			HttpResponse<java.io.InputStream> response = this.client.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (java.io.InputStream body = response.body()) {
				long bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
				return (response.statusCode() == 200) ? bytes : -1;
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A download's bytes.
	 * @param path the address
	 * @return the body, or null when the answer is not 200
	 */
	public byte[] bytes(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Posts a form with the CSRF token of the last page read.
	 * @param path where to
	 * @param fields the form fields
	 * @return the response
	 */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.putIfAbsent("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 * @param status the HTTP status
	 * @param location the Location header, or empty
	 * @param body the page
	 */
	public record Page(int status, String location, String body) {
	}

}

package org.pecgov.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG image in a data address (the page's policy allows images from data: and nothing inline).
 */
final class QrCodes {

	private static final int BORDER = 4;

	private QrCodes() {
	}

	static String svgDataUri(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		int side = qr.size + BORDER * 2;
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
				+ "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

}

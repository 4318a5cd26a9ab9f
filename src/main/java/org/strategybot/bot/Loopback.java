package org.strategybot.bot;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether an address is this machine, decided without asking DNS (a name that resolves to loopback today may not
 * tomorrow): an IP literal in the loopback range, or the name "localhost".
 */
final class Loopback {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private Loopback() {
    }

    static boolean host(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        if (!IPV4.matcher(h).matches() && !h.contains(":")) {
            return false;
        }
        try {
            // an IP literal: parsed, never looked up
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    static boolean url(String url) {
        try {
            return url != null && host(URI.create(url).getHost());
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }
}

package org.crdash.base.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client is counted under by the rate limits and the sign-in throttle: its IP address as the servlet
 * container sees it ({@code server.forward-headers-strategy} decides whether a proxy's {@code X-Forwarded-For} is
 * believed; by default it is not, so the header cannot be forged to dodge a limit). An IPv6 client is counted by
 * its /64 network, because one host is routinely given a whole /64 and could otherwise rotate through it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isBlank()) {
            return "unknown";
        }
        if (remoteAddr.indexOf(':') < 0) {
            return remoteAddr;
        }
        try {
            // an IP literal: parsed, never looked up in DNS
            byte[] bytes = InetAddress.getByName(remoteAddr).getAddress();
            if (bytes.length != 16) {
                return remoteAddr;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return remoteAddr;
        }
    }
}

package org.marsad.engine.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short ids derived from content, so that the same incident or relation segment gets the same id on every
 * run and in every store: the first 6 bytes of SHA-256, as 12 hex digits.
 */
public final class ContentId {
    private static final int BYTES = 6;

    private ContentId() {
    }

    public static String of(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

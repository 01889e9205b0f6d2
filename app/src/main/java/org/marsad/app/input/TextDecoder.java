package org.marsad.app.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: a byte-order mark decides first (UTF-8, UTF-16), then
 * strict UTF-8, then ICU's detector, which recognises Windows-1256, the encoding many Arabic sites still
 * serve. Binary files and text no decoder accepts are refused with a reason.
 */
public final class TextDecoder {
    /** Share of control bytes above which a file is binary rather than text. */
    private static final double BINARY_CONTROL_SHARE = 0.02;

    public String decode(String file, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(file, "empty file");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(file, "binary content, not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            for (CharsetMatch match : detector.detectAll()) {
                if (match.getConfidence() < 10 || !Charset.isSupported(match.getName())) {
                    continue;
                }
                try {
                    return strict(file, bytes, 0, Charset.forName(match.getName()));
                } catch (BadInputException tryNext) {
                    // the detector's guess does not decode the whole file; try its next guess
                }
            }
            throw new BadInputException(file, "not UTF-8 and no known encoding decodes it");
        }
    }

    private static String strict(String file, byte[] bytes, int offset, Charset charset) throws BadInputException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "invalid " + charset.name() + " text");
        }
    }

    /**
     * UTF-16 without a byte-order mark: the high bytes sit at one parity. In ASCII-heavy text they are mostly zero;
     * in Arabic text they are 0x06 (the Arabic block) with zeros for spaces, digits and punctuation.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int[] zero = new int[2];
        int[] high = new int[2];
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zero[i % 2]++;
            }
            if (bytes[i] == 0 || bytes[i] == 0x06) {
                high[i % 2]++;
            }
        }
        double half = n / 2.0;
        if (zero[0] == 0 && zero[1] > 0 && (zero[1] > half * 0.3 || high[1] > half * 0.9)) {
            return strictOrNull(bytes, StandardCharsets.UTF_16LE);
        }
        if (zero[1] == 0 && zero[0] > 0 && (zero[0] > half * 0.3 || high[0] > half * 0.9)) {
            return strictOrNull(bytes, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static String strictOrNull(byte[] bytes, Charset charset) {
        try {
            return strict("", bytes, 0, charset);
        } catch (BadInputException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n * BINARY_CONTROL_SHARE;
    }
}

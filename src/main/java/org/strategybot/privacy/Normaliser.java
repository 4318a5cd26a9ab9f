package org.strategybot.privacy;

import java.text.Normalizer;

import com.ibm.icu.text.SpoofChecker;

/**
 * Puts text into one plain form before any rule looks at it, so that formatting cannot hide what it
 * says: compatibility forms folded (NFKC: full-width digits, ligatures, superscripts), invisible and
 * format characters removed (a zero-width space inside "(7)"), letters that only look Latin folded to
 * the Latin letter they imitate (Unicode's confusables, UTS #39: a Cyrillic "а" in "Lіly"), and
 * apostrophes, dashes and spaces made plain. Every rule then reads ASCII punctuation and Latin letters.
 */
final class Normaliser {

    // one checker for the confusables data; getSkeleton keeps no state between calls
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    private Normaliser() {
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    private static void append(StringBuilder out, int cp) {
        if (invisible(cp)) {
            return;
        }
        if (cp < 0x80) {
            out.append(Character.isISOControl(cp) && cp != '\n' ? ' ' : (char) cp);
            return;
        }
        if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
            out.append(cp == 0x2028 || cp == 0x2029 || cp == 0x85 ? '\n' : ' ');
            return;
        }
        String skeleton = CONFUSABLES.getSkeleton(new String(Character.toChars(cp)));
        if (skeleton.length() == 1 && skeleton.charAt(0) < 0x80 && !Character.isISOControl(skeleton.charAt(0))) {
            out.append(casing(cp, skeleton.charAt(0)));
        } else {
            out.appendCodePoint(cp);
        }
    }

    /**
     * The confusables' prototype for a capital I is a lower-case l; a capital look-alike stays a capital, so
     * that a name's capital letter is still seen.
     */
    private static char casing(int original, char folded) {
        if (Character.isUpperCase(original) && Character.isLetter(folded)) {
            return folded == 'l' ? 'I' : Character.toUpperCase(folded);
        }
        return folded;
    }

    /** Format characters (zero-width space and joiners, soft hyphen, bidi marks), fillers and variation selectors. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}

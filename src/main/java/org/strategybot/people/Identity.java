package org.strategybot.people;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * One person as the store may know them: Azure AD object ids, email addresses and display names. A request
 * starts from one id or email; each feature then adds what it holds beside it (the names recorded with an id,
 * the id an import linked to an email), so a name is only ever learnt from a record that also holds the id or
 * email, never guessed. Ids and emails are compared without regard to case, names as whole words.
 */
public record Identity(Set<String> ids, Set<String> emails, Set<String> names) {

    private static final Pattern OBJECT_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@/]{1,64}@[^\\s@/.]+(\\.[^\\s@/.]+)+");
    private static final int MAX_EMAIL = 254;
    private static final String STORE_SPECIAL = "\\^$.|?*+()[]{}";

    public Identity {
        ids = canonical(ids, true);
        emails = canonical(emails, true);
        names = canonical(names, false);
    }

    /**
     * The person an administrator names: an Azure AD object id or an email address, anything else refused.
     *
     * @throws IllegalArgumentException saying what to give instead
     */
    public static Identity of(String idOrEmail) {
        String key = idOrEmail == null ? "" : idOrEmail.strip().toLowerCase(Locale.ROOT);
        if (OBJECT_ID.matcher(key).matches()) {
            return new Identity(Set.of(key), Set.of(), Set.of());
        }
        if (key.length() <= MAX_EMAIL && EMAIL.matcher(key).matches()) {
            return new Identity(Set.of(), Set.of(key), Set.of());
        }
        throw new IllegalArgumentException("Name the person by their Azure AD object id (a GUID such as "
                + "00000000-0000-0000-0000-000000000001) or their email address.");
    }

    public static Identity none() {
        return new Identity(Set.of(), Set.of(), Set.of());
    }

    public static Identity named(Collection<String> names) {
        return new Identity(Set.of(), Set.of(), Set.copyOf(names.stream().filter(n -> n != null).toList()));
    }

    public Identity with(Identity more) {
        return new Identity(union(ids, more.ids), union(emails, more.emails), union(names, more.names));
    }

    /** Whether this is one of the person's object ids or emails (as stored, in any case). */
    public boolean hasId(String idOrEmail) {
        String key = idOrEmail == null ? "" : idOrEmail.strip().toLowerCase(Locale.ROOT);
        return ids.contains(key) || emails.contains(key);
    }

    /** Whether a whole field (an author, a lead) holds one of the person's names. */
    public boolean hasName(String field) {
        return field != null && names.contains(tidy(field));
    }

    /** Ids and emails together, for store queries on fields that may hold either. */
    public Set<String> keys() {
        return union(ids, emails);
    }

    /** Whether free text (a note, a passage) names the person: a full name, an email or an id, as a whole word. */
    public boolean mentionedIn(String text) {
        Pattern words = words();
        return text != null && words != null && words.matcher(text).find();
    }

    /** The text with every mention of the person replaced by the pseudonym; null stays null. */
    public String scrub(String text, Pseudonym pseudonym) {
        Pattern words = words();
        return text == null || words == null ? text
                : words.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym.name()));
    }

    /**
     * Store filters, any of which may find the person: {@code idField} holding one of their ids or emails, or
     * {@code textField} perhaps naming them (check each record found with {@link #mentionedIn}). Empty when there
     * is nothing to look for; a caller may add alternatives of its own before joining them with "or".
     */
    public List<Criteria> storeMatches(String idField, String textField) {
        List<Criteria> any = new ArrayList<>();
        if (!keys().isEmpty()) {
            any.add(where(idField).in(keys()));
        }
        Pattern mention = storePattern();
        if (mention != null) {
            any.add(where(textField).regex(mention));
        }
        return any;
    }

    /**
     * A pattern a store can run (MongoDB, Cosmos DB and the embedded server alike: plain alternatives,
     * case-insensitive, no look-arounds) that finds every text {@link #mentionedIn} finds, and perhaps a few
     * more, which the caller then checks with {@link #mentionedIn}; null when there is nothing to look for.
     */
    public Pattern storePattern() {
        List<String> terms = terms();
        return terms.isEmpty() ? null : Pattern.compile(terms.stream()
                .map(t -> Stream.of(t.split(" ")).map(Identity::escapeForStore).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    private Pattern words() {
        List<String> terms = terms();
        if (terms.isEmpty()) {
            return null;
        }
        String alternatives = terms.stream()
                .map(t -> Stream.of(t.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * What free text is searched for: ids, emails, and names of two words or more. A one-word name ("Lee")
     * matched in free text would find every other Lee, and the word "lee", so only whole fields are matched
     * against it.
     */
    private List<String> terms() {
        return Stream.of(ids.stream(), emails.stream(), names.stream().filter(n -> n.contains(" ")))
                .flatMap(s -> s).distinct()
                // longer first, so that "Jane Smith-Jones" is replaced whole rather than leaving "-Jones"
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static String escapeForStore(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (STORE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Set<String> canonical(Set<String> values, boolean lowerCase) {
        TreeSet<String> out = new TreeSet<>();
        if (values != null) {
            for (String v : values) {
                String t = v == null ? "" : tidy(v);
                if (!t.isEmpty()) {
                    out.add(lowerCase ? t.toLowerCase(Locale.ROOT) : t);
                }
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    private static String tidy(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}

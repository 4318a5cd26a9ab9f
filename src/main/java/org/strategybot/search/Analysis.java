package org.strategybot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.core.io.ClassPathResource;
import org.strategybot.system.DataFiles;

/**
 * English analysis for documents and questions: standard tokens, possessives dropped, lower case, stop
 * words dropped, Porter stems. Questions also lose the words that only shape a question and gain the
 * synonyms in {@code search/synonyms.txt}, as a token graph that the query builder turns into phrases.
 * Synonyms are applied to questions only, so the index holds what the documents say and a change to
 * the synonyms needs no re-indexing.
 */
final class Analysis {

    private final Analyzer documents;
    private final Analyzer questions;
    private final Analyzer questionWords;

    Analysis() {
        CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        CharArraySet questionStop = new CharArraySet(stop, true);
        questionStop.addAll(DataFiles.lines("search/question-words.txt"));
        this.documents = chain(stop, null);
        this.questions = chain(questionStop, synonyms(documents));
        this.questionWords = chain(questionStop, null);
    }

    Analyzer documents() {
        return documents;
    }

    /** Questions with synonyms. */
    Analyzer questions() {
        return questions;
    }

    /** Questions word for word, without synonyms. */
    Analyzer questionWords() {
        return questionWords;
    }

    /** The terms a question searches for, synonyms included, as they are indexed. */
    Set<String> questionTerms(String question) {
        return terms(questions, question);
    }

    Set<String> documentTerms(String text) {
        return terms(documents, text);
    }

    /** A term of a text as the index holds it, with where its word stands in the text. */
    record Term(String term, int start, int end) {
    }

    /** The text's terms in order, with their places: for finding a phrase's words in a row and quoting around them. */
    List<Term> documentTermsAt(String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = documents.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer chain(CharArraySet stop, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ClosingStopFilter(ts, stop);
                ts = new PorterStemFilter(ts);
                if (synonyms != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The synonym rules, each side analysed as the documents are, so that they meet stemmed terms. */
    private static SynonymMap synonyms(Analyzer analyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try (InputStream in = new ClassPathResource("search/synonyms.txt").getInputStream()) {
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("search/synonyms.txt is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Drops stop words without leaving a position gap. Lucene's StopFilter leaves one, and the synonym
     * parser refuses rules whose analysis has gaps ("not in education, employment or training"); closing
     * them lets such a phrase match the same words with its stop words gone, in documents and questions alike.
     */
    private static final class ClosingStopFilter extends TokenFilter {

        private final CharArraySet stop;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ClosingStopFilter(TokenStream in, CharArraySet stop) {
            super(in);
            this.stop = stop;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (!stop.contains(term.buffer(), 0, term.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Teams markup and mentions are not part of a question. */
    static String plain(String question) {
        // mentions and tags end at the next '<': one pass over text full of unclosed tags, not one per tag
        String text = question.replaceAll("(?i)<at>[^<]*</at>", " ").replaceAll("<[^<>]*>", " ");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // questions are short; a long paste is cut, as the recognizer cuts it
        return bytes.length > 2000 ? new String(bytes, 0, 2000, StandardCharsets.UTF_8) : text;
    }
}

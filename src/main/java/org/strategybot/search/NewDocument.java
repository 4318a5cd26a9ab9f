package org.strategybot.search;

/**
 * A strategy document to import.
 *
 * @param title    names the document in citations; importing a document of the same title again replaces it
 * @param source   where it came from (a file name, an address), shown with the document; optional
 * @param date     the document's date as it gives it; optional
 * @param markdown whether the text is Markdown, whose headings become sections
 */
public record NewDocument(String title, String source, String date, String text, boolean markdown) {
}

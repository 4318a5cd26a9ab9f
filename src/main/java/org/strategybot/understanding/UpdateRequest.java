package org.strategybot.understanding;

import java.time.LocalDate;

/**
 * What a progress update says, read from the words of the message.
 *
 * @param rag          RED, AMBER or GREEN, or null when the message gives none
 * @param notRag       a colour word that is not a RAG rating ("purple"), to be refused, or null
 * @param percent      percent complete, 0 to 100 ("60%", "seventy percent", "3/4 done", "complete" is 100), or null
 * @param badPercent   a percentage outside 0 to 100, to be refused, or null
 * @param due          a new due date, or null
 * @param unclearDue   words that stand for a due date too vague to set ("by Easter"), to ask about, or null
 * @param note         what was done, as written: the text after the first ":" or " - ", less any
 *                     "status green" sentence; empty when there is none
 */
public record UpdateRequest(String rag, String notRag, Integer percent, Integer badPercent, LocalDate due,
        String unclearDue, String note) {
}

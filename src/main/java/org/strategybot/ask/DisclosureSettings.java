package org.strategybot.ask;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What conversations shared by several people do not show. Team channels and group chats, and the digest wherever
 * it goes, leave these details out and say "ask me in a 1:1 chat"; 1:1 chats show everything.
 *
 * @param withheld the details left out: {@code names} (leads, owners, authors), {@code notes} (progress notes and
 *                 reasons for a RAG) and {@code sensitive} (notes and reasons their author marked sensitive); all
 *                 three unless set. Withholding notes withholds sensitive ones too.
 */
@ConfigurationProperties("strategy-bot.disclosure")
public record DisclosureSettings(Set<Answer.Detail> withheld) {

    public DisclosureSettings {
        withheld = withheld == null ? EnumSet.allOf(Answer.Detail.class) : Set.copyOf(withheld);
    }
}

package org.strategybot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The SDK's JSON adapter for the Bot Connector's REST calls, with the SDK's own mapper settings but without the
 * flattening serializer it puts in front of every bean. That serializer exists for Azure models whose property
 * names contain dots ({@code "properties.name"}); no Bot Framework schema class has one, so for an activity it
 * changes nothing in the JSON, yet it turns each bean into a tree, copies the tree and compiles two regular
 * expressions for every key, at every level of nesting: half the cost of a status reply's turn in the profile
 * (docs/performance.md). {@code OutgoingJsonTest} checks the bytes are the same as the SDK's.
 */
final class PlainJsonAdapter extends JacksonAdapter {

    @Override
    public ObjectMapper serializer() {
        return simpleMapper();
    }
}

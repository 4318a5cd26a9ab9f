package org.strategybot.digest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a stored conversation reference says about a person: the Bot Framework's reference (opaque JSON to the
 * digest otherwise) carries the {@code user} who last spoke when it was stored, with their Teams id, name and
 * Azure AD object id. Posting into the conversation does not need them.
 */
record StoredReference(ObjectNode json) {

    /** The reference, or an empty one when what is stored is not JSON (nothing in it can then name anyone). */
    static StoredReference of(String reference) {
        try {
            JsonNode node = reference == null ? null : JsonMapper.shared().readTree(reference);
            return new StoredReference(node instanceof ObjectNode o ? o : JsonMapper.shared().createObjectNode());
        } catch (JacksonException notJson) {
            return new StoredReference(JsonMapper.shared().createObjectNode());
        }
    }

    String userObjectId() {
        return json.path("user").path("aadObjectId").stringValue(null);
    }

    String userName() {
        return json.path("user").path("name").stringValue(null);
    }

    /** A 1:1 chat with the bot: the conversation itself is the person's. */
    boolean personal() {
        return "personal".equals(json.path("conversation").path("conversationType").stringValue(null));
    }

    /** The reference with its user replaced: the conversation and the service to post to stay as they were. */
    String withUser(String id, String name) {
        ObjectNode copy = json.deepCopy();
        copy.putObject("user").put("id", id).put("name", name);
        return copy.toString();
    }
}

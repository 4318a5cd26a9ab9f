package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The index built after start-up: a question asked meanwhile waits for it rather than finding nothing. */
class SearchIndexTest {

    @Test
    void aSearchAskedWhileTheIndexIsBeingBuiltFindsWhatTheBuildAdds() throws Exception {
        try (SearchIndex index = new SearchIndex(new Analysis())) {
            CompletableFuture<List<PassageIndex.Hit>> asked = CompletableFuture.supplyAsync(
                    () -> index.search("s1", "early help hubs", 3));

            index.put("s1:doc", "v1", List.of(new StoredPassage("s1:doc#v1#0", "s1", "s1:doc", "v1", 0, "Early help",
                    "Early help hubs open in every locality this year.")));
            index.markBuilt();

            assertThat(asked.get()).extracting(h -> h.passage().documentId()).containsExactly("s1:doc");
        }
    }

    @Test
    void aSearchAfterTheBuildDoesNotWait() {
        try (SearchIndex index = new SearchIndex(new Analysis())) {
            index.markBuilt();
            assertThat(index.search("s1", "early help", 3)).isEmpty();
        }
    }
}

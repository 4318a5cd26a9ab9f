package org.strategybot.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling of this stack: the same server, the same request body, a fixed reply and no work. Exists only
 * under the {@code bench} Spring profile and only in the benchmark's source directory, never in production.
 */
@Profile("bench")
@RestController
class TrivialController {

    @PostMapping(path = "/bench/trivial", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> trivial(@RequestBody(required = false) String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"ok\":true}");
    }
}

package org.strategybot.planadmin.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;

/** Whether the caller may keep the plan, so the dashboard shows its upkeep only to those the API lets change it. */
@RestController
class AccessController {

    @GetMapping("/api/plan-admin/access")
    Map<String, Boolean> access() {
        return Map.of("admin", Callers.current().map(Caller::admin).orElse(false));
    }
}

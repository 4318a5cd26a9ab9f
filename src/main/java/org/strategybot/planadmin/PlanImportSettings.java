package org.strategybot.planadmin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on a spreadsheet import, so a hostile or mistaken file costs little.
 *
 * @param maxFileSize     the largest file accepted (413 over REST)
 * @param maxRows         the most rows read from a sheet, title and header rows included (413 over it)
 * @param maxUnpackedSize the most an XLSX file may unpack to, counted as it inflates, not as its headers claim
 */
@ConfigurationProperties("strategy-bot.plan-import")
public record PlanImportSettings(
        @DefaultValue("2MB") DataSize maxFileSize,
        @DefaultValue("5000") int maxRows,
        @DefaultValue("64MB") DataSize maxUnpackedSize) {
}

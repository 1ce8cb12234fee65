package io.tensorjudge.statistics;

/**
 * How often an option was chosen: by everybody ({@code overall}) and by the top group of scored answers
 * ({@code topGroup}, null when there are no scored answers). Rates are shares of answers that include the option.
 */
public record OptionRate(String key, boolean correct, double overall, Double topGroup) {
}

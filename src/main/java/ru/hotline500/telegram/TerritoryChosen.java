package ru.hotline500.telegram;

/** A person chose the territory whose roadmaps answer them (by buttons, a link, or an invitation). */
public record TerritoryChosen(long telegramUserId, String territoryId) {
}

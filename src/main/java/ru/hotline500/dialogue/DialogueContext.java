package ru.hotline500.dialogue;

import java.time.Instant;

/**
 * What a follow-up is read with: the previous question as it was answered (a follow-up already merged with its own
 * predecessor) and the territory it was about when the dialogue settled it.
 */
record DialogueContext(String chatKey, String question, String aboutTerritoryId, Instant askedAt) {
}

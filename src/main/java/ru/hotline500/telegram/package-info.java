/**
 * The bot on Telegram: our own records of what arrives and what is sent, the router with one small handler per
 * command, button or event, the persisted outbox that sends everything within Telegram's limits, and (in
 * {@code transport}, the only package that knows the Telegram library) long polling and the Bot API calls.
 */
package ru.hotline500.telegram;

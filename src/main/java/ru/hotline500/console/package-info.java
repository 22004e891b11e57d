/** The console chat: the bot's answers in a terminal, for a demo or for work without Telegram. */
package ru.hotline500.console;

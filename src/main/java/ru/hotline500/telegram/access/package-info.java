/** Who may use the bot: /start (a territory link or an invitation), /invite, and the files people send (the directory, visit schedules). */
package ru.hotline500.telegram.access;

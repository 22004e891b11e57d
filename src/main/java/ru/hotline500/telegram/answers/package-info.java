/** The screens of questions in the bot: a question answered from the roadmaps, and /stage. */
package ru.hotline500.telegram.answers;

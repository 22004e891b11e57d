/** Deadline answers: a question in plain Russian and the asker's territory give the right roadmap item, or an honest "not found". */
package ru.hotline500.answers;

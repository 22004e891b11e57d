/** Understanding the deadline texts of roadmaps ("до 15 апреля 2021 г.", "февраль – май 2022"); internal to the roadmap feature. */
package ru.hotline500.roadmap.deadline;

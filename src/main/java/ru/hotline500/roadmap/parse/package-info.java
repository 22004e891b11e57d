/** Reading roadmap documents of every supported format into items; internal to the roadmap feature. */
package ru.hotline500.roadmap.parse;

/** Stage summaries for coordinators: deadlines near and past, visits done and missing, plans not confirmed. */
package ru.hotline500.digest;

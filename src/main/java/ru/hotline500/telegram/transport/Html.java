package ru.hotline500.telegram.transport;

/** Text from roadmaps and from people is escaped before it goes out in HTML parse mode. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

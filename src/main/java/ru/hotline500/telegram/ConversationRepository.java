package ru.hotline500.telegram;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, ConversationId> {
}

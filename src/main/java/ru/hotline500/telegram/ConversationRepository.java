package ru.hotline500.telegram;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, ConversationId> {
}

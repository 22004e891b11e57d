package ru.hotline500.telegram;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnownChatRepository extends JpaRepository<KnownChat, Long> {
}

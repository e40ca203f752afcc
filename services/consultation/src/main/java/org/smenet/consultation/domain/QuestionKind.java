package org.smenet.consultation.domain;

/** How a question is answered. An agreement scale runs from 1 (strongly disagree) to 5 (strongly agree). */
public enum QuestionKind { FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, AGREEMENT_SCALE }

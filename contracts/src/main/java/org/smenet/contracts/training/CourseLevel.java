package org.smenet.contracts.training;

public enum CourseLevel {
    INTRODUCTORY, INTERMEDIATE, ADVANCED
}

package org.smenet.opportunities;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OpportunitiesApplication {
    public static void main(String[] args) {
        SpringApplication.run(OpportunitiesApplication.class, args);
    }
}

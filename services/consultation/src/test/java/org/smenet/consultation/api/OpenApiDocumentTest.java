package org.smenet.consultation.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.ConsultationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** The API description the gateway serves at /v3/api-docs/consultation, and what is open without a token. */
@ConsultationIntegration
class OpenApiDocumentTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void describesTheConsultationApiWithoutAToken() throws Exception {
        ConsultationTestSupport.mockMvc(context).perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("SME Cluster Network — consultation"))
                .andExpect(jsonPath("$.paths['/api/consultation/consultations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultation/consultations/{id}/summary'].get").exists())
                .andExpect(jsonPath("$.paths['/api/consultation/consultations/{consultationId}/submissions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultation/expert-groups/{id}/reviews'].post").exists())
                .andExpect(jsonPath("$.components.schemas.ConsultationRequest").exists())
                .andExpect(jsonPath("$.paths..parameters[?(@.name == 'actor')]").isEmpty());
    }

    @Test
    void healthIsOpenAndTheApiIsNot() throws Exception {
        var mvc = ConsultationTestSupport.mockMvc(context);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/consultation/consultations"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/unauthenticated"));
    }
}

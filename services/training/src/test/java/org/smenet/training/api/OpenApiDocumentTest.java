package org.smenet.training.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

@TrainingIntegration
class OpenApiDocumentTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void describesTheTrainingApiWithoutAToken() throws Exception {
        TrainingTestSupport.mockMvc(context).perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")))
                .andExpect(jsonPath("$.info.title").value("SME Cluster Network — training"))
                .andExpect(jsonPath("$.paths['/api/training/courses'].post").exists())
                .andExpect(jsonPath("$.paths['/api/training/sessions/{id}/enrolments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/training/verifications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/training/.well-known/jwks.json'].get").exists())
                .andExpect(jsonPath("$.components.schemas.CourseRequest").exists())
                // the actor comes from the token: no operation lists it as a parameter
                .andExpect(jsonPath("$.paths..parameters[?(@.name == 'actor')]").isEmpty());
    }

    @Test
    void healthIsOpenTheApiIsNotAndVerificationIs() throws Exception {
        var mvc = TrainingTestSupport.mockMvc(context);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/training/courses"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/unauthenticated"));
        mvc.perform(get("/api/training/.well-known/jwks.json"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.keys[0].kty").value("OKP"))
                .andExpect(jsonPath("$.keys[0].crv").value("Ed25519"))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }
}

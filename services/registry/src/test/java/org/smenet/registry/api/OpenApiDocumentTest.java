package org.smenet.registry.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

@RegistryIntegration
class OpenApiDocumentTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void describesTheRegistryApiWithoutAToken() throws Exception {
        RegistryTestSupport.mockMvc(context).perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")))
                .andExpect(jsonPath("$.info.title").value("SME Cluster Network — registry"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/registry/enterprises'].post").exists())
                .andExpect(jsonPath("$.paths['/api/registry/enterprises/{id}/verification'].post").exists())
                .andExpect(jsonPath("$.paths['/api/registry/network/enterprises'].get").exists())
                .andExpect(jsonPath("$.paths['/api/registry/enterprises/mine'].get").exists())
                .andExpect(jsonPath("$.components.schemas.EnterpriseRequest").exists())
                // the actor comes from the token: no operation lists it as a parameter
                .andExpect(jsonPath("$.paths..parameters[?(@.name == 'actor')]").isEmpty())
                .andExpect(jsonPath("$.paths['/api/registry/enterprises/{id}'].put.parameters[?(@.name == 'If-Match')]")
                        .isNotEmpty());
    }

    @Test
    void healthIsOpenAndTheApiIsNot() throws Exception {
        var mvc = RegistryTestSupport.mockMvc(context);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/registry/enterprises"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/unauthenticated"));
    }
}

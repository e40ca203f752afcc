package org.smenet.registry.app;

import java.util.Optional;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reads of the network directory: network-public enterprises of this node's economies and its peers'. */
@Service
public class NetworkDirectoryService {

    private final NetworkDirectory directory;

    public NetworkDirectoryService(NetworkDirectory directory) {
        this.directory = directory;
    }

    public Page<NetworkDirectory.Entry> search(String economy, String hs, String isic, CooperationType cooperation,
            Pageable page) {
        return directory.search(economy, hs, isic, cooperation, page);
    }

    /** A listed enterprise; withdrawn ones are not found. */
    public Optional<NetworkDirectory.Entry> find(String id) {
        return directory.find(id).filter(e -> !e.withdrawn());
    }
}

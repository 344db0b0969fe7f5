# case: select gallery embeddings of the query's predicted species with boolean-mask indexing before computing re-id distances -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesFilteredReID(nn.Cell):
    def __init__(self, emb_dim=16):
        super().__init__()
        self.emb_dim = emb_dim

    def construct(self, query, query_species, gallery, gallery_species):
        same = gallery_species == query_species
        cand = gallery[same]
        dist = ops.norm(cand - query.expand_dims(0), dim=1)
        best = ops.argmin(dist)
        return dist, best


def make():
    np.random.seed(11)
    query = Tensor(np.random.randn(16).astype(np.float32))
    gallery = Tensor(np.random.randn(12, 16).astype(np.float32))
    gs = np.random.randint(0, 3, size=12).astype(np.int32)
    gs[0] = 1
    return SpeciesFilteredReID(), (query, Tensor(1, ms.int32), gallery, Tensor(gs))

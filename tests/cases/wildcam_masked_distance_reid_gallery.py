# case: re-id distance to gallery where other-species entries are pushed to +inf with ops.where instead of being filtered out -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesFilteredReID(nn.Cell):
    def __init__(self, emb_dim=16, big=1e6):
        super().__init__()
        self.emb_dim = emb_dim
        self.big = big

    def construct(self, query, query_species, gallery, gallery_species):
        same = gallery_species == query_species
        dist = ops.norm(gallery - query.expand_dims(0), dim=1)
        dist = ops.where(same, dist, ops.full_like(dist, self.big))
        best = ops.argmin(dist)
        return dist, best


def make():
    np.random.seed(11)
    query = Tensor(np.random.randn(16).astype(np.float32))
    gallery = Tensor(np.random.randn(12, 16).astype(np.float32))
    gs = np.random.randint(0, 3, size=12).astype(np.int32)
    return SpeciesFilteredReID(), (query, Tensor(1, ms.int32), gallery, Tensor(gs))

# case: region prior looked up in a Python dict keyed by the geohash cell id taken from the input tensor with int() -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GeohashRegionPrior(nn.Cell):
    def __init__(self, dim=4, default_prior=0.3):
        super().__init__()
        self.priors = {3: 0.2, 7: 0.5, 12: 0.9, 21: 0.1}
        self.default_prior = default_prior
        self.proj = nn.Dense(dim, 1)

    def lookup_prior(self, cell_id):
        key = int(cell_id)
        if key in self.priors:
            return self.priors[key]
        return self.default_prior

    def construct(self, cell_id, feats):
        prior = self.lookup_prior(cell_id)
        return self.proj(feats) + prior


def make():
    np.random.seed(3)
    cell_id = Tensor(12, ms.int32)
    feats = Tensor(np.random.randn(5, 4).astype(np.float32))
    return GeohashRegionPrior(), (cell_id, feats)

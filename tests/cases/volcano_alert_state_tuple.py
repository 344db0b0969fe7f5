# case: combine seismic, gas and deformation scores returned as a tuple from a helper and weighted by constant fusion weights -> plain tuples and constants, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FUSION_WEIGHTS = (0.5, 0.3, 0.2)


def weighted_level(scores, weights=FUSION_WEIGHTS):
    total = scores[0] * weights[0]
    for s, w in zip(scores[1:], weights[1:]):
        total = total + s * w
    return total


class FusedAlert(nn.Cell):
    def __init__(self, n_features=16):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(n_features, 1) for _ in range(3)])

    def scores(self, seis_feat, gas_feat, def_feat):
        feats = (seis_feat, gas_feat, def_feat)
        return tuple(ops.sigmoid(head(f)) for head, f in zip(self.heads, feats))

    def construct(self, seis_feat, gas_feat, def_feat):
        s = self.scores(seis_feat, gas_feat, def_feat)
        return weighted_level(s), s[0]


def make():
    np.random.seed(102)
    f = lambda: Tensor(np.random.randn(4, 16).astype(np.float32))
    return FusedAlert(), (f(), f(), f())

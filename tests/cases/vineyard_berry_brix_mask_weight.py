# case: average the colour features of ripe berries by multiplying with a float ripeness mask instead of indexing -> fixed shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HARVEST_BRIX = 22.0


class RipeBerryPool(nn.Cell):
    def __init__(self, n_feat=12):
        super().__init__()
        self.brix_head = nn.Dense(n_feat, 1)

    def estimate_brix(self, feats):
        return 18.0 + 8.0 * ops.sigmoid(self.brix_head(feats)).squeeze(-1)

    def construct(self, feats):
        brix = self.estimate_brix(feats)
        ripe = (brix > HARVEST_BRIX).astype(feats.dtype)
        weighted = feats * ripe.expand_dims(-1)
        n_ripe = ops.maximum(ripe.sum(), 1.0)
        return weighted.sum(axis=0) / n_ripe, brix


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(40, 12).astype(np.float32))
    return RipeBerryPool(), (feats,)

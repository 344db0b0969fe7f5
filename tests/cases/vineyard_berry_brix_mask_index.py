# case: average the colour features of only those berries whose estimated Brix passes the harvest threshold, using boolean-mask indexing -> data-dependent shape, Graph mode should go dynamic or fail
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
        ripe = brix > HARVEST_BRIX
        ripe_feats = feats[ripe]
        return ripe_feats.mean(axis=0), brix


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(40, 12).astype(np.float32))
    return RipeBerryPool(), (feats,)

# case: gather the shrinkage predictions of tiles flagged as warped using indices from argwhere -> data-dependent gather size in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarpedTileShrinkage(nn.Cell):
    def __init__(self, n_feat=4, warp_thresh=0.6):
        super().__init__()
        self.shrink = nn.Dense(n_feat, 1)
        self.warp = nn.Dense(n_feat, 1)
        self.warp_thresh = warp_thresh

    def flagged_idx(self, feats):
        p = ops.sigmoid(self.warp(feats)).squeeze(-1)
        return ops.argwhere(p > self.warp_thresh).squeeze(-1)

    def construct(self, feats):
        s = self.shrink(feats).squeeze(-1)
        idx = self.flagged_idx(feats)
        warped = ops.gather(s, idx, 0)
        return warped.mean(), idx


def make():
    np.random.seed(35)
    feats = np.random.randn(12, 4).astype(np.float32)
    return WarpedTileShrinkage(), (Tensor(feats),)

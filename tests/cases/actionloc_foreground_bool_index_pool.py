# case: pool snippet features over foreground frames picked by boolean-mask indexing feats[mask] -> dynamic shape from bool indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForegroundPool(nn.Cell):
    def __init__(self, channels=24):
        super().__init__()
        self.att = nn.Dense(channels, 1)
        self.cls = nn.Dense(channels, 5)

    def construct(self, feats):
        # feats: (T, C)
        att = ops.sigmoid(self.att(feats)).squeeze(-1)
        mask = att > att.mean()
        fg_feats = feats[mask]
        video_feat = fg_feats.mean(axis=0)
        return self.cls(video_feat)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(20, 24).astype(np.float32))
    return ForegroundPool(), (feats,)

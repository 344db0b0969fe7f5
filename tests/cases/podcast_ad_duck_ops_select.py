# case: duck the music bed under ad reads using ops.select between attenuated and original frames based on a per-frame ad probability -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdDucker(nn.Cell):
    def __init__(self, feat_dim=16, duck_db=-12.0):
        super().__init__()
        self.ad_head = nn.Dense(feat_dim, 1)
        self.duck_gain = float(10.0 ** (duck_db / 20.0))

    def construct(self, feats, music):
        ad_prob = ops.sigmoid(self.ad_head(feats))
        is_ad = ops.broadcast_to(ad_prob > 0.5, music.shape)
        ducked = music * self.duck_gain
        return ops.select(is_ad, ducked, music)


def make():
    np.random.seed(102)
    feats = Tensor(np.random.randn(20, 16).astype(np.float32))
    music = Tensor(np.random.randn(20, 64).astype(np.float32) * 0.3)
    return AdDucker(), (feats, music)

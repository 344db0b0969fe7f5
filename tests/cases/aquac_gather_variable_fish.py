# case: gathers the feature rows of fish tracked in the current frame using argwhere on the track-active flags -> data-dependent gather size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackEmbedder(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=4):
        super().__init__()
        self.proj = nn.Dense(in_dim, emb_dim)

    def active_rows(self, active):
        return ops.argwhere(active).squeeze(-1)

    def construct(self, track_feats, active):
        rows = self.active_rows(active)
        feats = ops.gather(track_feats, rows, 0)
        emb = self.proj(feats)
        return ops.L2Normalize(axis=-1)(emb)


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(16, 10).astype(np.float32))
    active = Tensor(np.random.rand(16) > 0.4)
    return TrackEmbedder(), (feats, active)

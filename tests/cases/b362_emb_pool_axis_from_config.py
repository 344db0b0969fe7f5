# case: appearance pooling reduces the track-history embedding along an axis chosen from config.time_major, with an optional validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AppearanceConfig:
    def __init__(self, emb_dim=16, history=5, pool="mean", time_major=False):
        self.emb_dim = emb_dim
        self.history = history
        self.pool = pool
        self.time_major = time_major


class HistoryPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.time_axis = 0 if config.time_major else 1

    def _reduce(self, feats, axis, mask=None):
        if mask is not None:
            w = mask.astype(feats.dtype).expand_dims(-1)
            return (feats * w).sum(axis=axis) / w.sum(axis=axis).clip(1.0)
        return feats.mean(axis=axis) if self.pool == "mean" else feats.max(axis=axis)

    def construct(self, history_feats, valid=None):
        pooled = self._reduce(history_feats, self.time_axis, valid)
        return pooled / ops.norm(pooled, dim=-1, keepdim=True)


def make():
    np.random.seed(182)
    h = Tensor(np.random.randn(4, 5, 16).astype(np.float32))
    valid = Tensor(np.random.rand(4, 5) > 0.3)
    return HistoryPooling(AppearanceConfig()), (h, valid)

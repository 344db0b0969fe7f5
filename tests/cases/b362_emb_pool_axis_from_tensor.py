# case: appearance pooling reduces the track-history embedding along an axis chosen by a tensor flag converted with int() -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AppearanceConfig:
    def __init__(self, emb_dim=16, history=5, pool="mean"):
        self.emb_dim = emb_dim
        self.history = history
        self.pool = pool


class HistoryPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool

    def _reduce(self, feats, axis):
        if self.pool == "mean":
            return feats.mean(axis=axis)
        return feats.max(axis=axis)

    def construct(self, history_feats, time_major):
        axis = int(time_major)
        pooled = self._reduce(history_feats, axis)
        return pooled / ops.norm(pooled, dim=-1, keepdim=True)


def make():
    np.random.seed(181)
    h = Tensor(np.random.randn(5, 5, 16).astype(np.float32))
    return HistoryPooling(AppearanceConfig()), (h, Tensor(1, ms.int32))

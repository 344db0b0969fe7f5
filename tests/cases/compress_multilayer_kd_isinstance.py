# case: multi-layer feature distillation accepting a tensor or a tuple of stage features, normalised with isinstance and zipped over per-stage adapters -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiStageKD(nn.Cell):
    def __init__(self, s_dims=(4, 6), t_dims=(8, 8), weights=(1.0, 0.5)):
        super().__init__()
        self.adapters = nn.CellList([nn.Dense(s, t) for s, t in zip(s_dims, t_dims)])
        self.weights = weights

    def _as_tuple(self, feats):
        if isinstance(feats, (tuple, list)):
            return tuple(feats)
        return (feats,)

    def _stage_loss(self, s, t):
        s = ops.L2Normalize(axis=-1)(s)
        t = ops.L2Normalize(axis=-1)(t)
        return (1.0 - (s * t).sum(axis=-1)).mean()

    def construct(self, s_feats, t_feats):
        s_feats = self._as_tuple(s_feats)
        t_feats = self._as_tuple(t_feats)
        total = 0.0
        for i, (s, t) in enumerate(zip(s_feats, t_feats)):
            total = total + self.weights[i] * self._stage_loss(self.adapters[i](s), t)
        return total


def make():
    np.random.seed(34)
    s = (Tensor(np.random.randn(3, 4).astype(np.float32)), Tensor(np.random.randn(3, 6).astype(np.float32)))
    t = (Tensor(np.random.randn(3, 8).astype(np.float32)), Tensor(np.random.randn(3, 8).astype(np.float32)))
    return MultiStageKD(), (s, t)

# case: non-crossing quantile head that sorts the raw quantile outputs along the last axis and optionally adds a softplus-increment parameterisation -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, d_model=24, pred_len=8, num_quantiles=5, monotone="sort"):
        self.d_model = d_model
        self.pred_len = pred_len
        self.num_quantiles = num_quantiles
        self.monotone = monotone


class NonCrossingQuantileHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pred_len = config.pred_len
        self.nq = config.num_quantiles
        self.monotone = config.monotone
        self.proj = nn.Dense(config.d_model, config.pred_len * config.num_quantiles)
        self.softplus = ops.Softplus()

    def _increments(self, raw):
        base = raw[..., :1]
        steps = self.softplus(raw[..., 1:])
        return ops.concat((base, base + ops.cumsum(steps, axis=-1)), axis=-1)

    def construct(self, h):
        raw = self.proj(h).reshape(h.shape[0], self.pred_len, self.nq)
        if self.monotone == "sort":
            out, _ = ops.sort(raw, axis=-1)
        elif self.monotone == "increments":
            out = self._increments(raw)
        else:
            out = raw
        return out


def make():
    np.random.seed(3426)
    h = Tensor(np.random.randn(6, 24).astype(np.float32))
    return NonCrossingQuantileHead(HeadConfig()), (h,)

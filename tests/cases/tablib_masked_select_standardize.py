# case: numerical standardiser computes batch mean/std over observed values gathered with ops.masked_select -> Graph mode goes dynamic or rejects the data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScalerConfig:
    eps = 1e-5
    per_feature = False
    clip = 5.0


class ObservedStandardScaler(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        cfg = config or ScalerConfig()
        self.eps = cfg.eps
        self.per_feature = cfg.per_feature
        self.clip = getattr(cfg, "clip", None)

    def _stats(self, x, observed):
        vals = ops.masked_select(x, observed)
        mean = vals.mean()
        std = ops.sqrt(((vals - mean) ** 2).mean() + self.eps)
        return mean, std

    def construct(self, x_num):
        observed = ops.logical_not(ops.isnan(x_num))
        x0 = ops.where(observed, x_num, ops.zeros_like(x_num))
        mean, std = self._stats(x0, observed)
        z = (x0 - mean) / std
        if self.clip is not None:
            z = ops.clamp(z, -self.clip, self.clip)
        return z * observed.astype(z.dtype)


def make():
    np.random.seed(40)
    x = np.random.randn(8, 5).astype(np.float32) * 3 + 1
    x[np.random.rand(8, 5) < 0.25] = np.nan
    return ObservedStandardScaler(), (Tensor(x),)

# case: distribution head returning a dict of named tensors (loc, scale, quantiles) built with a comprehension over constant quantile levels -> dict output of tensors, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

Z_SCORES = {"q10": -1.2816, "q50": 0.0, "q90": 1.2816}


class GaussianHeadConfig:
    d_model = 32
    pred_len = 8
    min_scale = 1e-3


class GaussianQuantileHead(nn.Cell):
    def __init__(self, config=GaussianHeadConfig):
        super().__init__()
        self.min_scale = config.min_scale
        self.loc = nn.Dense(config.d_model, config.pred_len)
        self.raw_scale = nn.Dense(config.d_model, config.pred_len)

    def construct(self, h):
        loc = self.loc(h)
        scale = ops.softplus(self.raw_scale(h)) + self.min_scale
        out = {"loc": loc, "scale": scale}
        quantiles = {name: loc + z * scale for name, z in Z_SCORES.items()}
        out.update(quantiles)
        return out


def make():
    np.random.seed(3443)
    h = Tensor(np.random.randn(4, 32).astype(np.float32))
    return GaussianQuantileHead(), (h,)

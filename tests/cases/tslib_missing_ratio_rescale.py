# case: encoder that rescales inputs by the observed ratio only when too much is missing, tensor-valued if whose branches keep the same shape -> looks like the downsample hazard but shapes match
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseInputConfig:
    min_observed_ratio = 0.5
    d_model = 16


class RatioRescaleEncoder(nn.Cell):
    def __init__(self, n_channels, config=SparseInputConfig()):
        super().__init__()
        self.threshold = config.min_observed_ratio
        self.embed = nn.Dense(n_channels, config.d_model)

    def _maybe_rescale(self, x, mask):
        ratio = mask.astype(ms.float32).mean()
        if ratio < self.threshold:
            x = x / (ratio + 1e-3)
        else:
            x = x * 1.0
        return x

    def construct(self, x, mask):
        x = x * mask.astype(x.dtype)
        x = self._maybe_rescale(x, mask)
        return self.embed(x)


def make():
    np.random.seed(3432)
    x = Tensor(np.random.randn(2, 32, 4).astype(np.float32))
    mask = Tensor(np.random.rand(2, 32, 4) > 0.7)
    return RatioRescaleEncoder(4), (x, mask)

# case: encoder that halves the sequence (stride-2 slice) when the batch is mostly missing, decided by comparing the observed ratio tensor to a threshold -> tensor-valued if with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseInputConfig:
    min_observed_ratio = 0.5
    d_model = 16


class SparsityAwareEncoder(nn.Cell):
    def __init__(self, n_channels, config=SparseInputConfig()):
        super().__init__()
        self.threshold = config.min_observed_ratio
        self.embed = nn.Dense(n_channels, config.d_model)

    def _maybe_downsample(self, x, mask):
        ratio = mask.astype(ms.float32).mean()
        if ratio < self.threshold:
            x = (x[:, 0::2, :] + x[:, 1::2, :]) * 0.5
        return x

    def construct(self, x, mask):
        x = x * mask.astype(x.dtype)
        x = self._maybe_downsample(x, mask)
        return self.embed(x)


def make():
    np.random.seed(3431)
    x = Tensor(np.random.randn(2, 32, 4).astype(np.float32))
    mask = Tensor(np.random.rand(2, 32, 4) > 0.7)
    return SparsityAwareEncoder(4), (x, mask)

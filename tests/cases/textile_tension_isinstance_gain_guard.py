# case: tension normaliser that accepts a per-spindle gain either as a Python float or a Tensor, chosen with isinstance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionNormaliser(nn.Cell):
    def __init__(self, offset=0.3):
        super().__init__()
        self.offset = offset

    def apply_gain(self, x, gain):
        if isinstance(gain, float):
            return x * gain
        return x * gain.reshape(-1, 1)

    def construct(self, raw, gain):
        x = self.apply_gain(raw - self.offset, gain)
        mu = x.mean(axis=1, keep_dims=True)
        sd = ops.sqrt(((x - mu) ** 2).mean(axis=1, keep_dims=True) + 1e-6)
        return (x - mu) / sd


def make():
    np.random.seed(37)
    raw = Tensor((5.0 + np.random.randn(6, 20)).astype(np.float32))
    gain = Tensor(np.random.uniform(0.9, 1.1, size=6).astype(np.float32))
    return TensionNormaliser(), (raw, gain)

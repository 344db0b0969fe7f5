# case: pen-offset projection subclasses nn.Dense, creates a learnable per-channel gain in a helper called from __init__, and calls super().construct -> library-style subclass with fixed shapes, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer


class ProjConfig:
    def __init__(self, in_dim=3, out_dim=24, use_gain=True, init_gain=1.0):
        self.in_dim = in_dim
        self.out_dim = out_dim
        self.use_gain = use_gain
        self.init_gain = init_gain


class GainDense(nn.Dense):
    def __init__(self, config, **kwargs):
        super().__init__(config.in_dim, config.out_dim, **kwargs)
        self.use_gain = config.use_gain
        self._init_gain(config)

    def _init_gain(self, config):
        self.gain = Parameter(initializer(config.init_gain, (config.out_dim,), ms.float32), name="gain")

    def construct(self, x):
        y = super().construct(x)
        if self.use_gain:
            y = y * self.gain
        return y


class OffsetProjector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = GainDense(config, has_bias=True)

    def construct(self, offsets, *extra):
        out = self.proj(offsets)
        return (out,) + tuple(extra)


def make():
    np.random.seed(3731)
    offsets = Tensor(np.random.randn(2, 16, 3).astype(np.float32))
    return OffsetProjector(ProjConfig()), (offsets,)

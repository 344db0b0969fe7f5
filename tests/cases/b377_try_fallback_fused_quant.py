# case: quantised activation tries the straight-through fake-quant path and falls back to a manual round/clamp in an except branch, wrapped in try/except inside construct -> expected error (try statement in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActQuantConfig:
    def __init__(self, num_bits=8, prefer_fused=True):
        self.num_bits = num_bits
        self.prefer_fused = prefer_fused


def manual_fake_quant(x, scale, qmax):
    q = ops.clamp(ops.round(x / scale), -qmax - 1, qmax)
    return q * scale


class QuantAct(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qmax = float(2 ** (config.num_bits - 1) - 1)
        self.prefer_fused = config.prefer_fused
        self.scale = Parameter(Tensor(0.05, ms.float32), name="act_scale")

    def _fused(self, x):
        xs = x / self.scale
        q = xs + ops.stop_gradient(ops.clamp(ops.round(xs), -self.qmax - 1, self.qmax) - xs)
        return q * self.scale

    def construct(self, x):
        x = ops.relu6(x)
        if self.prefer_fused:
            try:
                return self._fused(x)
            except (RuntimeError, ValueError):
                return manual_fake_quant(x, self.scale, self.qmax)
        return manual_fake_quant(x, self.scale, self.qmax)


def make():
    np.random.seed(3794)
    cell = QuantAct(ActQuantConfig())
    x = Tensor(np.random.randn(4, 16).astype(np.float32) * 3)
    return cell, (x,)

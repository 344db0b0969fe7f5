# case: min-max fake-quant observer keeps min/max as Parameters but also bumps a plain Python batch counter on self inside an update helper called from construct -> expected error (self attribute written in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QuantConfig:
    def __init__(self, num_bits=8, symmetric=False, warmup_batches=2):
        self.num_bits = num_bits
        self.symmetric = symmetric
        self.warmup_batches = warmup_batches


class MinMaxObserver(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qmax = float(2 ** config.num_bits - 1)
        self.symmetric = config.symmetric
        self.num_batches = 0
        self._register_stats()

    def _register_stats(self):
        self.min_val = Parameter(Tensor(0.0, ms.float32), name="min_val", requires_grad=False)
        self.max_val = Parameter(Tensor(0.0, ms.float32), name="max_val", requires_grad=False)

    def _update(self, x):
        ops.assign(self.min_val, ops.minimum(self.min_val, x.min()))
        ops.assign(self.max_val, ops.maximum(self.max_val, x.max()))
        self.num_batches = self.num_batches + 1

    def construct(self, x):
        if self.training:
            self._update(x)
        scale = (self.max_val - self.min_val) / self.qmax
        scale = ops.maximum(scale, 1e-8)
        zp = ops.round(-self.min_val / scale)
        q = ops.clamp(ops.round(x / scale) + zp, 0.0, self.qmax)
        return (q - zp) * scale


def make():
    np.random.seed(3783)
    obs = MinMaxObserver(QuantConfig())
    obs.set_train(True)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return obs, (x,)

# case: activation fake-quant reads bits / symmetric / narrow_range from a config dict in __init__ and branches on those Python attributes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_QCONFIG = {"act_bits": 8, "symmetric": False, "narrow_range": False, "per_channel": False}


class ConfigurableActQuant(nn.Cell):
    def __init__(self, qconfig=None):
        super().__init__()
        cfg = dict(DEFAULT_QCONFIG)
        cfg.update(qconfig or {})
        bits = cfg["act_bits"]
        self.symmetric = cfg["symmetric"]
        if self.symmetric:
            self.qmin, self.qmax = -(2 ** (bits - 1)) + int(cfg["narrow_range"]), 2 ** (bits - 1) - 1
        else:
            self.qmin, self.qmax = 0, 2 ** bits - 1 - int(cfg["narrow_range"])

    def construct(self, x):
        if self.symmetric:
            scale = ops.abs(x).max() / self.qmax
            zp = ops.zeros((), ms.float32)
        else:
            lo, hi = ops.minimum(x.min(), 0.0), ops.maximum(x.max(), 0.0)
            scale = (hi - lo) / (self.qmax - self.qmin)
            zp = self.qmin - ops.round(lo / scale)
        q = ops.clamp(ops.round(x / scale) + zp, self.qmin, self.qmax)
        return (q - zp) * scale


def make():
    np.random.seed(103)
    x = Tensor(np.random.randn(2, 3, 4).astype(np.float32))
    return ConfigurableActQuant({"act_bits": 6}), (x,)

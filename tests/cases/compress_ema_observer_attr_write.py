# case: EMA activation observer that stores running min/max as plain tensor attributes assigned on self in construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EMAObserverQuant(nn.Cell):
    def __init__(self, num_bits=8, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.qmax = float(2 ** num_bits - 1)
        self.running_min = Tensor(0.0, ms.float32)
        self.running_max = Tensor(1.0, ms.float32)

    def _ema(self, old, new):
        return self.momentum * old + (1.0 - self.momentum) * new

    def construct(self, x):
        cur_min = ops.stop_gradient(x.min())
        cur_max = ops.stop_gradient(x.max())
        if self.training:
            self.running_min = self._ema(self.running_min, cur_min)
            self.running_max = self._ema(self.running_max, cur_max)
        scale = (self.running_max - self.running_min) / self.qmax
        zp = ops.round(-self.running_min / scale)
        q = ops.clamp(ops.round(x / scale) + zp, 0.0, self.qmax)
        out = (q - zp) * scale
        return x + ops.stop_gradient(out - x)


def make():
    np.random.seed(4)
    net = EMAObserverQuant()
    net.set_train(True)
    x = Tensor(np.random.randn(2, 5).astype(np.float32))
    return net, (x,)

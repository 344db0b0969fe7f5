# case: EMA of a plain Tensor attribute under `if self.training:`, via a helper, read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Observer(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.running_max = Tensor(1.0, ms.float32)

    def _ema(self, old, new):
        return self.momentum * old + (1.0 - self.momentum) * new

    def construct(self, x):
        cur = x.max()
        if self.training:
            self.running_max = self._ema(self.running_max, cur)
        return x / self.running_max


def make():
    net = Observer()
    net.set_train(True)
    return net, (Tensor(np.arange(1, 7, dtype=np.float32).reshape(2, 3)),)

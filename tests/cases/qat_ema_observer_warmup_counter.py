# case: EMA observer counts batches in a plain Python attribute incremented inside construct to switch from min/max warmup to EMA -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EMAObserver(nn.Cell):
    def __init__(self, momentum=0.9, warmup_batches=2):
        super().__init__()
        self.momentum = momentum
        self.warmup_batches = warmup_batches
        self.num_batches = 0
        self.running_min = Parameter(Tensor(0.0, ms.float32), name="running_min", requires_grad=False)
        self.running_max = Parameter(Tensor(0.0, ms.float32), name="running_max", requires_grad=False)

    def _ema(self, old, new):
        return self.momentum * old + (1.0 - self.momentum) * new

    def construct(self, x):
        cur_min, cur_max = x.min(), x.max()
        if self.num_batches < self.warmup_batches:
            new_min = ops.minimum(self.running_min, cur_min)
            new_max = ops.maximum(self.running_max, cur_max)
        else:
            new_min = self._ema(self.running_min, cur_min)
            new_max = self._ema(self.running_max, cur_max)
        self.num_batches += 1
        ops.assign(self.running_min, new_min)
        ops.assign(self.running_max, new_max)
        return x


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(8, 8).astype(np.float32))
    return EMAObserver(), (x,)

# case: a scheduler mixin's helper, called from __init__, sets a Python index that construct only reads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepMixin:
    def _reset_steps(self):
        self._step = 2

    def _scale(self, x, s):
        return x * s


class WarmupScaler(nn.Cell, StepMixin):
    def __init__(self, n=6):
        super().__init__()
        self.ramp = Tensor(np.linspace(0.1, 1.0, n).astype(np.float32))
        self._reset_steps()

    def construct(self, x):
        s = self.ramp[self._step]
        return self._scale(x, s)


def make():
    np.random.seed(32)
    return WarmupScaler(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)

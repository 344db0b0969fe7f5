# case: a scheduler mixin's helper, called from __init__, starts a Python step counter that construct reads and then steps -> LAX: the reads and the step are dynamic; STRICT fails at the step
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepMixin:
    def _reset_steps(self):
        self._step = 0

    def _scale(self, x, s):
        return x * s


class WarmupScaler(nn.Cell, StepMixin):
    def __init__(self, n=6):
        super().__init__()
        self.ramp = Tensor(np.linspace(0.1, 1.0, n).astype(np.float32))
        self._reset_steps()

    def construct(self, x):
        s = self.ramp[self._step]
        out = self._scale(x, s)
        self._step += 1
        return out


def make():
    np.random.seed(31)
    return WarmupScaler(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)

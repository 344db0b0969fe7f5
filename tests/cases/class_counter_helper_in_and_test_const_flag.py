# case: a step counter stepped in a helper whose bool result is tested after a constant flag with `and` -> LAX: the helper's lines are dynamic, the `if` is not; STRICT fails at the call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.gamma = 1.0
        self.every = 2
        self._step = 0

    def _tick(self):
        self._step = self._step + 1
        return self._step % self.every == 0

    def construct(self, x):
        loss = x.mean()
        if self.gamma > 0 and self._tick():
            loss = loss * 2
        return loss


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

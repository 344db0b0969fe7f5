# case: a helper encodes a configured number of history steps into a list and returns it; construct stacks the list -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.embed = nn.Dense(4, 8)
        self.n = n

    def _steps(self, history, n):
        steps = []
        for t in range(n):
            steps.append(self.embed(history[:, t]))
        return steps

    def construct(self, history, scale):
        steps = self._steps(history * scale, self.n)
        return ops.stack(steps, axis=1).mean(axis=1)


def make():
    np.random.seed(8)
    return Encoder(), (Tensor(np.random.randn(3, 6, 4).astype(np.float32)), Tensor(2.0, ms.float32))

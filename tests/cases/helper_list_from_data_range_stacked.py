# case: a helper encodes int(n) history steps into a list and returns it; construct stacks the list -> fails at the stack
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Dense(4, 8)

    def _steps(self, history, n):
        steps = []
        for t in range(int(n)):
            steps.append(self.embed(history[:, t]))
        return steps

    def construct(self, history, n):
        steps = self._steps(history, n)
        return ops.stack(steps, axis=1).mean(axis=1)


def make():
    np.random.seed(7)
    return Encoder(), (Tensor(np.random.randn(3, 6, 4).astype(np.float32)), Tensor(4, ms.int32))

# case: autoregressive forecast where the number of lead steps is a tensor input used in range() -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearProcessor(nn.Cell):
    def __init__(self, n_vars=3, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(n_vars, hidden), nn.ReLU(), nn.Dense(hidden, n_vars)])

    def construct(self, x):
        b, c, h, w = x.shape
        y = self.mlp(x.transpose(0, 2, 3, 1).reshape(-1, c))
        return x + y.reshape(b, h, w, c).transpose(0, 3, 1, 2)


class AutoregressiveForecaster(nn.Cell):
    def __init__(self, n_vars=3, return_all=True):
        super().__init__()
        self.processor = LinearProcessor(n_vars)
        self.return_all = return_all

    def construct(self, x, n_steps):
        states = []
        for _ in range(n_steps):
            x = self.processor(x)
            states.append(x)
        if self.return_all:
            return ops.stack(states, 1)
        return x


def make():
    np.random.seed(17)
    ms.set_seed(17)
    x = Tensor(np.random.randn(1, 3, 6, 6).astype(np.float32))
    return AutoregressiveForecaster(), (x, Tensor(4, ms.int32))

# case: recurrent spiking cell prints the spike total and membrane potentials every step for debugging -> compiles in Graph mode (print becomes an op)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentLIF(nn.Cell):
    def __init__(self, n_in=6, n_hidden=8, steps=4, verbose=True):
        super().__init__()
        self.inp = nn.Dense(n_in, n_hidden)
        self.rec = nn.Dense(n_hidden, n_hidden, has_bias=False)
        self.steps = steps
        self.verbose = verbose

    def construct(self, x):
        v = ops.zeros((x.shape[0], 8), ms.float32)
        s = ops.zeros((x.shape[0], 8), ms.float32)
        total = ops.zeros((), ms.float32)
        for t in range(self.steps):
            v = 0.8 * v * (1 - s) + self.inp(x) + self.rec(s)
            s = (v > 1.0).astype(ms.float32)
            total = total + s.sum()
            if self.verbose:
                print("step", t, "spikes", s.sum(), "v", v)
        return total


def make():
    np.random.seed(7)
    x = Tensor(np.random.rand(3, 6).astype(np.float32))
    return RecurrentLIF(), (x,)

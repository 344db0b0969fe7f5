# case: recurrent LIF cell whose membrane state is optional, created when v0 is None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentLIF(nn.Cell):
    def __init__(self, in_dim=4, hidden=6, beta=0.9, threshold=1.0, detach_reset=True):
        super().__init__()
        self.w_in = nn.Dense(in_dim, hidden)
        self.w_rec = nn.Dense(hidden, hidden, has_bias=False)
        self.beta = beta
        self.threshold = threshold
        self.detach_reset = detach_reset
        self.hidden = hidden

    def construct(self, x_seq, v0=None):
        batch = x_seq.shape[1]
        if v0 is None:
            v = ops.zeros((batch, self.hidden), ms.float32)
        else:
            v = v0
        s = ops.zeros_like(v)
        total = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = self.beta * v + self.w_in(x_seq[t]) + self.w_rec(s)
            s = (v > self.threshold).astype(ms.float32)
            reset = ops.stop_gradient(s) if self.detach_reset else s
            v = v - reset * self.threshold
            total = total + s
        return total, v


def make():
    np.random.seed(29)
    x = Tensor(np.random.rand(5, 3, 4).astype(np.float32))
    return RecurrentLIF(), (x,)

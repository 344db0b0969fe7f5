# case: recurrent spiking layer whose initial membrane state is optional, tested with `is None` -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RSNNLayer(nn.Cell):
    def __init__(self, n_in=5, n_hid=7, beta=0.9, v_th=1.0):
        super().__init__()
        self.w_in = nn.Dense(n_in, n_hid, has_bias=False)
        self.w_rec = nn.Dense(n_hid, n_hid, has_bias=False)
        self.beta = beta
        self.v_th = v_th
        self.n_hid = n_hid

    def construct(self, x_seq, v0=None):
        batch = x_seq.shape[1]
        if v0 is None:
            v = ops.zeros((batch, self.n_hid), ms.float32)
        else:
            v = v0
        s = ops.zeros((batch, self.n_hid), ms.float32)
        outs = []
        for t in range(x_seq.shape[0]):
            v = self.beta * v + self.w_in(x_seq[t]) + self.w_rec(s) - s * self.v_th
            s = (v > self.v_th).astype(ms.float32)
            outs.append(s)
        return ops.stack(outs), v


def make():
    np.random.seed(34)
    x = Tensor(np.random.rand(4, 2, 5).astype(np.float32))
    return RSNNLayer(), (x,)

# case: hand-written RNN unrolls over time with range(x.shape[1]) and x[:, t] (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElmanRNN(nn.Cell):
    def __init__(self, inp=5, hid=7):
        super().__init__()
        self.ih = nn.Dense(inp, hid)
        self.hh = nn.Dense(hid, hid, has_bias=False)
        self.tanh = nn.Tanh()
        self.hid = hid

    def construct(self, x):
        h = ops.zeros((x.shape[0], self.hid), ms.float32)
        outs = []
        for t in range(x.shape[1]):
            h = self.tanh(self.ih(x[:, t]) + self.hh(h))
            outs.append(h)
        return ops.stack(outs, axis=1)


def make():
    return ElmanRNN(), (Tensor(np.random.randn(3, 4, 5).astype(np.float32)),)

# case: a list kept by a plain object on the Cell, appended directly in construct, then stacked -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class History:
    def __init__(self):
        self.buffer = []

    def push(self, s):
        self.buffer.append(s)


class Monitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.history = History()
        self.own = []

    def construct(self, x_seq):
        for t in range(x_seq.shape[0]):
            s = (x_seq[t] > 0.5).astype(ms.float32)
            self.history.buffer.append(s)
        return ops.stack(self.history.buffer).sum(axis=0)


def make():
    np.random.seed(13)
    return Monitor(), (Tensor(np.random.rand(4, 5).astype(np.float32)),)

# case: autoregressive vocoder appends samples in a while loop until a tensor stop condition, growing the output each iteration; expect error or dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SampleRNN(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.fc = nn.Dense(hidden + 1, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, h, prev):
        h = ops.tanh(self.fc(ops.concat((h, prev), axis=-1)))
        return h, ops.tanh(self.out(h))


class Net(nn.Cell):
    def __init__(self, max_len=6):
        super().__init__()
        self.cell = SampleRNN()
        self.max_len = max_len

    def construct(self, h):
        prev = ops.zeros((h.shape[0], 1), ms.float32)
        samples = prev
        step = Tensor(0, ms.int32)
        while step < self.max_len and ops.abs(prev).max() < 0.99:
            h, prev = self.cell(h, prev)
            samples = ops.concat((samples, prev), axis=1)
            step = step + 1
        return samples


def make():
    return Net(), (Tensor(np.random.randn(2, 8).astype(np.float32) * 0.1),)

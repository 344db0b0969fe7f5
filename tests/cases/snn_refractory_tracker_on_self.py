# case: LIF cell keeps a plain Python spike-history helper on self and appends each step's spikes to it inside construct -> error or silently wrong in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeHistory:
    def __init__(self, max_len=8):
        self.max_len = max_len
        self.buffer = []

    def push(self, s):
        self.buffer.append(s)
        if len(self.buffer) > self.max_len:
            self.buffer.pop(0)


class MonitoredLIF(nn.Cell):
    def __init__(self, decay=0.9, v_th=1.0):
        super().__init__()
        self.decay = decay
        self.v_th = v_th
        self.history = SpikeHistory()

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        for t in range(x_seq.shape[0]):
            v = self.decay * v + x_seq[t]
            s = (v >= self.v_th).astype(ms.float32)
            v = v * (1.0 - s)
            self.history.push(s)
        return ops.stack(self.history.buffer).sum(axis=0)


def make():
    np.random.seed(13)
    x = Tensor(np.random.rand(6, 5).astype(np.float32))
    return MonitoredLIF(), (x,)

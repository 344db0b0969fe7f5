# case: monitor that accumulates total spike count into a plain tensor attribute on self inside construct -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeMonitor(nn.Cell):
    def __init__(self, n_neurons=6, threshold=0.8, record=True):
        super().__init__()
        self.threshold = threshold
        self.record = record
        self.total_spikes = Tensor(0.0, ms.float32)
        self.steps_seen = 0

    def lif(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        out = []
        for t in range(x_seq.shape[0]):
            v = 0.75 * v + x_seq[t]
            s = (v > self.threshold).astype(ms.float32)
            v = v * (1 - s)
            out.append(s)
        return ops.stack(out)

    def construct(self, x_seq):
        spikes = self.lif(x_seq)
        if self.record:
            self.total_spikes = self.total_spikes + spikes.sum()
            self.steps_seen = self.steps_seen + x_seq.shape[0]
        return spikes.mean(axis=0)


def make():
    np.random.seed(17)
    x = Tensor(np.random.rand(5, 2, 6).astype(np.float32))
    return SpikeMonitor(), (x,)

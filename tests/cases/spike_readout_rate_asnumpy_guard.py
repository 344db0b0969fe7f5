# case: rate-coded readout that checks for silent network via .asnumpy() inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RateReadout(nn.Cell):
    def __init__(self, hidden=16, num_classes=4, min_rate=0.01, threshold=1.0):
        super().__init__()
        self.proj = nn.Dense(hidden, num_classes)
        self.min_rate = min_rate
        self.threshold = threshold
        self.silent_penalty = 1.0

    def encode(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        spikes = []
        for t in range(x_seq.shape[0]):
            v = 0.9 * v + x_seq[t]
            s = (v > self.threshold).astype(ms.float32)
            v = v * (1 - s)
            spikes.append(s)
        return ops.stack(spikes)

    def construct(self, x_seq):
        spikes = self.encode(x_seq)
        rate = spikes.mean(axis=0)
        logits = self.proj(rate)
        if rate.asnumpy().mean() < self.min_rate:
            logits = logits - self.silent_penalty
        return logits


def make():
    np.random.seed(5)
    x = Tensor(np.random.rand(6, 2, 16).astype(np.float32))
    return RateReadout(), (x,)

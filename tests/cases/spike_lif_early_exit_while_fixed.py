# case: LIF integration with early exit via while loop on tensor condition, state shape fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyExitLIF(nn.Cell):
    """Steps a LIF population until enough output spikes arrived or T steps elapsed."""

    def __init__(self, in_dim=8, n_out=4, threshold=1.0, decay=0.7, spikes_needed=6):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_out)
        self.threshold = threshold
        self.decay = decay
        self.spikes_needed = spikes_needed

    def construct(self, x_seq):
        num_steps = x_seq.shape[0]
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counts = ops.zeros_like(v)
        t = Tensor(0, ms.int32)
        total = Tensor(0.0, ms.float32)
        while total < self.spikes_needed and t < num_steps:
            v = self.decay * v + self.fc(x_seq[t])
            s = (v >= self.threshold).astype(ms.float32)
            v = v - s * self.threshold
            counts = counts + s
            total = counts.sum()
            t = t + 1
        return counts, t


def make():
    np.random.seed(7)
    x = Tensor(np.random.rand(10, 3, 8).astype(np.float32) * 2)
    return EarlyExitLIF(), (x,)

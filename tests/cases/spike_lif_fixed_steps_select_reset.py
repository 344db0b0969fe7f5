# case: LIF layer stepped over T taken from input shape, hard reset via ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFNeuron(nn.Cell):
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0, hard_reset=True):
        super().__init__()
        self.decay = 1.0 - 1.0 / tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.hard_reset = hard_reset

    def step(self, v, x):
        v = v * self.decay + x
        spike = (v >= self.v_threshold).astype(ms.float32)
        if self.hard_reset:
            v = ops.select(spike > 0, ops.full_like(v, self.v_reset), v)
        else:
            v = v - spike * self.v_threshold
        return v, spike


class SpikingMLP(nn.Cell):
    def __init__(self, in_dim=6, hidden=10, out_dim=3):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.lif1 = LIFNeuron()
        self.fc2 = nn.Dense(hidden, out_dim)

    def construct(self, x_seq):
        steps = x_seq.shape[0]
        v = ops.zeros((x_seq.shape[1], self.fc1.out_channels), ms.float32)
        out_spikes = []
        for t in range(steps):
            v, s = self.lif1.step(v, self.fc1(x_seq[t]))
            out_spikes.append(self.fc2(s))
        return ops.stack(out_spikes).mean(axis=0)


def make():
    np.random.seed(1)
    x = Tensor(np.random.rand(5, 4, 6).astype(np.float32))
    return SpikingMLP(), (x,)

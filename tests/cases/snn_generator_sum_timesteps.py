# case: accumulates spike counts over time with a generator expression passed to sum() -> may error in Graph mode (generators limited)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeCountEncoder(nn.Cell):
    def __init__(self, n_steps=5, gain=1.5):
        super().__init__()
        self.n_steps = n_steps
        self.gain = gain

    def step_spikes(self, x, t):
        phase = (t + 1) / self.n_steps
        return (x * self.gain > phase).astype(ms.float32)

    def construct(self, x):
        counts = sum(self.step_spikes(x, t) for t in range(self.n_steps))
        return counts / self.n_steps


def make():
    np.random.seed(18)
    x = Tensor(np.random.rand(3, 8).astype(np.float32))
    return SpikeCountEncoder(), (x,)

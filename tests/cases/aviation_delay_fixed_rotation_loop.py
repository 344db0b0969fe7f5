# case: delay propagation over a fixed-length aircraft rotation, loop over range of the rotation length from the config, collecting each leg's delay -> constant trip count, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPropagation(nn.Cell):
    def __init__(self, n_legs=6, absorb_rate=0.8):
        super().__init__()
        self.n_legs = n_legs
        self.absorb_rate = absorb_rate

    def construct(self, initial_delay, buffers):
        delay = initial_delay
        chain = []
        for leg in range(self.n_legs):
            delay = ops.relu(delay * self.absorb_rate - buffers[:, leg])
            chain.append(delay)
        per_leg = ops.stack(chain, axis=1)            # (aircraft, legs)
        late_legs = (per_leg > 15.0).astype(ms.float32).sum(axis=1)
        return per_leg, late_legs


def make():
    np.random.seed(62)
    init = Tensor((60 * np.random.rand(8)).astype(np.float32))
    buffers = Tensor((10 * np.random.rand(8, 6)).astype(np.float32))
    return DelayPropagation(), (init, buffers)

# case: delay propagation walks down an aircraft's rotation while the propagated delay stays above 15 minutes, appending each leg's delay to a list -> while on tensor value with data-dependent trip count, list length unknown at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayPropagation(nn.Cell):
    def __init__(self, absorb_rate=0.8, threshold=15.0):
        super().__init__()
        self.absorb_rate = absorb_rate
        self.threshold = threshold

    def construct(self, initial_delay, buffers):
        delay = initial_delay
        leg = 0
        chain = []
        while delay > self.threshold:
            delay = ops.relu(delay * self.absorb_rate - buffers[leg])
            chain.append(delay)
            leg += 1
        return ops.stack(chain), leg


def make():
    np.random.seed(61)
    init = Tensor(np.array(120.0, dtype=np.float32))
    buffers = Tensor(np.array([5, 8, 10, 4, 12, 6, 9, 3, 7, 5], dtype=np.float32))
    return DelayPropagation(), (init, buffers)

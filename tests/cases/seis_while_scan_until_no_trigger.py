# case: repeatedly pick the strongest remaining arrival and cut the trace after it, stopping when no sample exceeds the threshold -> while on a tensor condition with a shrinking trace, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequentialPicker(nn.Cell):
    def __init__(self, threshold=1.5, dead_time=5):
        super().__init__()
        self.threshold = threshold
        self.dead_time = dead_time

    def construct(self, envelope):
        n_picks = Tensor(0, ms.int32)
        remaining = envelope
        while remaining.max() > self.threshold:
            pick = ops.argmax(remaining)
            n_picks = n_picks + 1
            remaining = remaining[pick + self.dead_time:]
            if remaining.shape[0] == 0:
                break
        return n_picks


def make():
    np.random.seed(4)
    env = np.abs(0.3 * np.random.randn(80)).astype(np.float32)
    env[[12, 40, 66]] = [3.0, 2.2, 1.9]
    return SequentialPicker(), (Tensor(env),)

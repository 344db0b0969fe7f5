# case: sleep onset latency and post-onset efficiency with a cumulative-max mask instead of slicing at onset -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetLatency(nn.Cell):
    def __init__(self, wake_label=0, epoch_sec=30):
        super().__init__()
        self.wake_label = wake_label
        self.epoch_min = epoch_sec / 60.0

    def construct(self, stages):
        asleep = (stages != self.wake_label).astype(ms.float32)
        started = (ops.cumsum(asleep, axis=0) > 0).astype(ms.float32)
        latency_min = (1.0 - started).sum() * self.epoch_min
        n_after = started.sum()
        eff = (asleep * started).sum() / ops.maximum(n_after, 1.0)
        return latency_min, eff


def make():
    np.random.seed(7)
    stages = np.random.randint(1, 5, size=(48,)).astype(np.int32)
    stages[:9] = 0
    stages[30:33] = 0
    return OnsetLatency(), (Tensor(stages),)

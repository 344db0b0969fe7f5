# case: convert the mean clay moisture to a Python float and pick the drying schedule from it -> float() of a tensor in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DryingScheduler(nn.Cell):
    def __init__(self, leather_hard=18.0):
        super().__init__()
        self.leather_hard = leather_hard
        self.slow = Tensor(np.array([0.5, 0.3, 0.2], np.float32))
        self.fast = Tensor(np.array([0.2, 0.3, 0.5], np.float32))

    def construct(self, moisture_map):
        avg = float(moisture_map.mean())
        if avg > self.leather_hard:
            weights = self.slow
        else:
            weights = self.fast
        hours = Tensor(np.array([12.0, 24.0, 48.0], np.float32))
        return (weights * hours).sum() * (avg / self.leather_hard)


def make():
    np.random.seed(12)
    m = np.random.uniform(14.0, 24.0, size=(5, 5)).astype(np.float32)
    return DryingScheduler(), (Tensor(m),)

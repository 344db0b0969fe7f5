# case: choose between slow and fast drying weights with ops.select on the mean moisture tensor -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DryingSchedulerSelect(nn.Cell):
    def __init__(self, leather_hard=18.0):
        super().__init__()
        self.leather_hard = leather_hard
        self.slow = Tensor(np.array([0.5, 0.3, 0.2], np.float32))
        self.fast = Tensor(np.array([0.2, 0.3, 0.5], np.float32))
        self.hours = Tensor(np.array([12.0, 24.0, 48.0], np.float32))

    def construct(self, moisture_map):
        avg = moisture_map.mean()
        wet = ops.broadcast_to(avg > self.leather_hard, self.slow.shape)
        weights = ops.select(wet, self.slow, self.fast)
        return (weights * self.hours).sum() * (avg / self.leather_hard)


def make():
    np.random.seed(13)
    m = np.random.uniform(14.0, 24.0, size=(5, 5)).astype(np.float32)
    return DryingSchedulerSelect(), (Tensor(m),)

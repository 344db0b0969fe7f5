# case: a small plain-Python SplitLog object is created inside construct and accumulates split paces across checkpoints -> Python class instance created and mutated in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SplitLog:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, pace):
        self.total = self.total + pace
        self.count = self.count + 1

    def mean(self):
        return self.total / self.count


class CheckpointPace(nn.Cell):
    def __init__(self, n_checkpoints=8):
        super().__init__()
        self.n_checkpoints = n_checkpoints

    def construct(self, cp_km, cp_time):
        log = SplitLog()
        for i in range(1, self.n_checkpoints):
            pace = (cp_time[i] - cp_time[i - 1]) / (cp_km[i] - cp_km[i - 1])
            log.add(pace)
        return log.mean()


def make():
    np.random.seed(101)
    km = np.array([0, 5, 10, 15, 20, 25, 30, 35], dtype=np.float32)
    t = np.cumsum(np.r_[0, np.random.normal(1500, 40, 7)]).astype(np.float32)
    return CheckpointPace(), (Tensor(km), Tensor(t))

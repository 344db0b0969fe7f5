# case: keeps a running total of fish counted across frames by writing a Python attribute on self inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunningFishTally(nn.Cell):
    def __init__(self, conf_threshold=0.5):
        super().__init__()
        self.conf_threshold = conf_threshold
        self.frames_seen = 0
        self.last_count = None

    def construct(self, scores):
        count = (scores > self.conf_threshold).astype(ms.float32).sum()
        self.frames_seen = self.frames_seen + 1
        self.last_count = count
        return count, self.frames_seen


def make():
    np.random.seed(18)
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return RunningFishTally(), (scores,)

# case: debouncer that stores the consecutive-alarm counter on self between steps -> attribute write on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmDebouncer(nn.Cell):
    def __init__(self, threshold=0.7, hold=3):
        super().__init__()
        self.threshold = threshold
        self.hold = hold
        self.consecutive = 0

    def construct(self, score):
        raw = score > self.threshold
        if raw:
            self.consecutive = self.consecutive + 1
        else:
            self.consecutive = 0
        count = ops.zeros_like(score) + self.consecutive
        return count >= self.hold


def make():
    np.random.seed(10)
    score = Tensor(np.float32(0.9))
    return AlarmDebouncer(), (score,)

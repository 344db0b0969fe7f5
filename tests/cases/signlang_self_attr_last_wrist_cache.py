# case: keeps the last seen wrist position on self and writes it in construct to fill frames with missing detections -> attribute write of tensor on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WristTracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last_wrist = Tensor(np.zeros((1, 2), np.float32))
        self.calls = 0

    def construct(self, hand, present):
        # hand: (T, 21, 2), present: (T,) float 0/1
        wrist = hand[:, 0, :]
        p = present.reshape(-1, 1)
        filled = wrist * p + self.last_wrist * (1 - p)
        self.last_wrist = filled[-1:]
        self.calls = self.calls + 1
        return hand - filled.reshape(-1, 1, 2)


def make():
    np.random.seed(12)
    hand = Tensor(np.random.rand(6, 21, 2).astype(np.float32))
    present = Tensor(np.array([1, 1, 0, 1, 0, 1], np.float32))
    return WristTracker(), (hand, present)

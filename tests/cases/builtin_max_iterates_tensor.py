# case: builtin max() over a 1-D score tensor inside a helper to pick a threshold; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def best_threshold(scores, floor):
    top = max(scores)
    return top * floor


class TopGate(nn.Cell):
    def __init__(self, floor=0.5):
        super().__init__()
        self.floor = floor

    def construct(self, x, scores):
        thr = best_threshold(scores, self.floor)
        return ops.where(x > thr, x, ops.zeros_like(x))


def make():
    x = Tensor(np.random.rand(2, 4).astype(np.float32))
    return TopGate(), (x, Tensor(np.array([0.2, 0.8, 0.4], np.float32)))

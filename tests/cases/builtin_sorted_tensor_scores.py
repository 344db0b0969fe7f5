# case: sorted() applied to a 1-D tensor then sliced and stacked; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortScores(nn.Cell):
    def __init__(self):
        super().__init__()
        self.top = 3

    def construct(self, scores):
        ordered = sorted(scores, reverse=True)
        best = ordered[:self.top]
        return ops.stack(best)


def make():
    return SortScores(), (Tensor(np.array([0.3, 0.9, 0.1, 0.5], np.float32)),)

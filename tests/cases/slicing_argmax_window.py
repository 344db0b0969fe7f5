# case: sequence model takes a fixed-width window starting at the argmax position (start is a tensor); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WINDOW = 4


def peak_start(scores):
    idx = ops.argmax(scores, dim=-1)
    return ops.clamp(idx - WINDOW // 2, 0, scores.shape[-1] - WINDOW)


class PeakPool(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.score = nn.Dense(hidden, 1)

    def construct(self, x):
        s = self.score(x).squeeze(-1)  # (T,)
        start = peak_start(s)
        window = x[start:start + WINDOW]
        return window.mean(axis=0)


def make():
    x = np.random.RandomState(1).randn(12, 8).astype(np.float32)
    return PeakPool(), (Tensor(x),)

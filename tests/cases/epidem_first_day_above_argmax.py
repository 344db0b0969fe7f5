# case: first day each region's cumulative cases exceed an outbreak threshold found with argmax over a boolean mask, with a no-outbreak sentinel via ops.where -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutbreakOnset(nn.Cell):
    def __init__(self, threshold=100.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, daily_cases):
        cumulative = ops.cumsum(daily_cases, axis=0)
        above = (cumulative > self.threshold).astype(ms.int32)
        onset = ops.argmax(above, dim=0)
        ever = above.max(axis=0) > 0
        sentinel = ops.full_like(onset, daily_cases.shape[0])
        return ops.where(ever, onset, sentinel), cumulative[-1]


def make():
    np.random.seed(38)
    daily = np.random.poisson(np.linspace(2, 25, 7)[None, :].repeat(12, axis=0)).astype(np.float32)
    return OutbreakOnset(), (Tensor(daily),)

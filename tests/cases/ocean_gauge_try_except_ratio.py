# case: runoff ratio computed in construct inside try/except ZeroDivisionError falling back to zeros -> try statement in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunoffRatio(nn.Cell):
    def __init__(self, area_km2=450.0):
        super().__init__()
        self.area = area_km2

    def construct(self, discharge, rainfall):
        depth_mm = discharge * 86.4 / self.area
        try:
            ratio = depth_mm.sum() / rainfall.sum()
        except ZeroDivisionError:
            ratio = ops.zeros((), ms.float32)
        return ratio, depth_mm


def make():
    np.random.seed(29)
    q = Tensor(np.random.gamma(2.0, 20.0, 30).astype(np.float32))
    p = Tensor(np.random.gamma(0.8, 8.0, 30).astype(np.float32))
    return RunoffRatio(), (q, p)

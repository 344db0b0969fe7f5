# case: pick the loudest groove-depth excursions, with k taken from how many samples exceed the cutting limit -> topk k from tensor value, expect Graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CUT_LIMIT_UM = 55.0


class GrooveExcursionPicker(nn.Cell):
    def __init__(self, limit_um=CUT_LIMIT_UM):
        super().__init__()
        self.limit = limit_um
        self.abs = ops.Abs()

    def _overcut_count(self, depth):
        over = (self.abs(depth) > self.limit).astype(ms.int32)
        return over.sum()

    def construct(self, depth_profile):
        n_over = self._overcut_count(depth_profile)
        k = int(n_over) + 1
        peaks, where = ops.topk(self.abs(depth_profile), k)
        return peaks, where


def make():
    np.random.seed(322)
    depth = (np.random.randn(512) * 30.0).astype(np.float32)
    return GrooveExcursionPicker(), (Tensor(depth),)

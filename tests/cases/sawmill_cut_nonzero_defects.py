# case: cutting optimiser lists the positions along a cant where defect flags are set using ops.nonzero and converts them to cut points -> nonzero output length is data-dependent, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectCutPlanner(nn.Cell):
    def __init__(self, segment_mm=50.0, saw_kerf_mm=3.2):
        super().__init__()
        self.segment_mm = segment_mm
        self.saw_kerf_mm = saw_kerf_mm

    def construct(self, defect_score):
        flags = defect_score > 0.5
        positions = ops.nonzero(flags)
        cut_mm = ops.cast(positions[:, 0], ms.float32) * self.segment_mm
        cut_mm = cut_mm + self.saw_kerf_mm
        n_cuts = ops.cast(flags, ms.int32).sum()
        return cut_mm, n_cuts


def make():
    np.random.seed(3197)
    score = Tensor(np.random.rand(96).astype(np.float32))
    return DefectCutPlanner(), (score,)

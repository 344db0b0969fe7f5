# case: shift the last row of blast holes forward when measured face burden (tensor) exceeds design; both branches keep the pattern shape -> static graph with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlastPatternAdjuster(nn.Cell):
    def __init__(self, design_burden_m=3.2, shift_m=0.4):
        super().__init__()
        self.design_burden = design_burden_m
        self.shift = shift_m
        self.row_offset = Tensor([[0.0, 0.0]] * 8 + [[0.4, 0.0]] * 4, ms.float32)

    def construct(self, holes_xy, face_burden):
        if face_burden.mean() > self.design_burden:
            pattern = holes_xy + self.row_offset
        else:
            pattern = holes_xy * 1.0
        centroid = pattern.mean(axis=0)
        return pattern, centroid


def make():
    np.random.seed(122)
    holes = Tensor((np.random.rand(12, 2) * 20).astype(np.float32))
    burden = Tensor(np.random.uniform(3.0, 3.8, 12).astype(np.float32))
    return BlastPatternAdjuster(), (holes, burden)

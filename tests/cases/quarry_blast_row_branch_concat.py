# case: add a buffer row of blast holes to the pattern only when measured face burden (tensor) exceeds the design value -> if on tensor with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlastPatternBuilder(nn.Cell):
    def __init__(self, design_burden_m=3.2, spacing_m=3.8):
        super().__init__()
        self.design_burden = design_burden_m
        self.spacing = spacing_m

    def buffer_row(self, holes):
        row = holes[-1:] + Tensor([[self.design_burden, 0.0]], ms.float32)
        return row

    def construct(self, holes_xy, face_burden):
        pattern = holes_xy
        if face_burden.mean() > self.design_burden:
            pattern = ops.concat((holes_xy, self.buffer_row(holes_xy)), axis=0)
        centroid = pattern.mean(axis=0)
        return pattern, centroid


def make():
    np.random.seed(121)
    holes = Tensor((np.random.rand(12, 2) * 20).astype(np.float32))
    burden = Tensor(np.random.uniform(3.0, 3.8, 12).astype(np.float32))
    return BlastPatternBuilder(), (holes, burden)

# case: log-grading sweep computed against the end-to-end chord using ops.linspace over the known section count from x.shape -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SweepEstimator(nn.Cell):
    """Estimates log sweep (mm/m) from CT section centre offsets along the log."""

    def __init__(self, section_spacing_m=0.5):
        super().__init__()
        self.section_spacing_m = section_spacing_m

    def chord(self, offsets):
        n = offsets.shape[0]
        t = ops.linspace(Tensor(0.0, ms.float32), Tensor(1.0, ms.float32), n)
        return offsets[0] + (offsets[n - 1] - offsets[0]) * t

    def construct(self, centre_offsets_mm):
        dev = ops.abs(centre_offsets_mm - self.chord(centre_offsets_mm)).max()
        length_m = centre_offsets_mm.shape[0] * self.section_spacing_m
        return dev / length_m


def make():
    np.random.seed(15)
    offs = Tensor(np.cumsum(np.random.randn(10)).astype(np.float32) * 3)
    return SweepEstimator(), (offs,)

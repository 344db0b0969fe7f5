# case: CT log scan averages knot-wood density by multiplying with a float mask instead of selecting voxels -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnotDensityStats(nn.Cell):
    """Average density of knot voxels in a CT slice stack of a log."""

    def __init__(self, knot_hu=350.0):
        super().__init__()
        self.knot_hu = knot_hu
        self.calib = ms.Parameter(Tensor(np.array([1.02], np.float32)), name="calib")

    def construct(self, ct_slices):
        hu = ct_slices * self.calib
        knot_mask = ops.cast(hu > self.knot_hu, ms.float32)
        n_knot = knot_mask.sum()
        mean_knot = (hu * knot_mask).sum() / (n_knot + 1e-6)
        clear_wood = (hu * (1.0 - knot_mask)).sum() / (hu.size - n_knot + 1e-6)
        return mean_knot, clear_wood


def make():
    np.random.seed(3194)
    ct = Tensor((np.random.rand(4, 32, 32) * 600).astype(np.float32))
    return KnotDensityStats(), (ct,)

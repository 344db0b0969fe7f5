# case: CT log scan averages the density of voxels flagged as knot wood using masked_select -> output length depends on data, expect dynamic shape or error
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
        knot_mask = hu > self.knot_hu
        knot_vox = ops.masked_select(hu, knot_mask)
        n_knot = knot_vox.shape[0]
        mean_knot = knot_vox.sum() / (n_knot + 1e-6)
        clear_wood = ops.mean(hu)
        return mean_knot, clear_wood


def make():
    np.random.seed(3193)
    ct = Tensor((np.random.rand(4, 32, 32) * 600).astype(np.float32))
    return KnotDensityStats(), (ct,)

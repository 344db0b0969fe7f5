# case: canopy height model averages crown pixels with a float mask multiplied in and divided by mask sum -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownHeightStats(nn.Cell):
    """Masked mean/max of canopy heights without changing tensor shapes."""

    def __init__(self, min_crown_height=2.0):
        super().__init__()
        self.min_crown_height = min_crown_height
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, chm):
        smoothed = self.smooth(chm)
        mask = (smoothed > self.min_crown_height).astype(ms.float32)
        n_crown = mask.sum() + 1e-6
        mean_height = (smoothed * mask).sum() / n_crown
        max_height = (smoothed * mask).max()
        coverage = n_crown / mask.size
        return mean_height, max_height, coverage


def make():
    np.random.seed(0)
    chm = Tensor(np.random.uniform(0, 25, (1, 1, 16, 16)).astype(np.float32))
    return CrownHeightStats(), (chm,)

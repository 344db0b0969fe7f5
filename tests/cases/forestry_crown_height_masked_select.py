# case: canopy height model keeps only pixels above a crown threshold with masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownHeightStats(nn.Cell):
    """Summarises canopy heights (metres) of tree crowns in an aerial CHM tile."""

    def __init__(self, min_crown_height=2.0):
        super().__init__()
        self.min_crown_height = min_crown_height
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, chm):
        smoothed = self.smooth(chm)
        mask = smoothed > self.min_crown_height
        crown_heights = ops.masked_select(smoothed, mask)
        mean_height = crown_heights.mean()
        max_height = crown_heights.max()
        return mean_height, max_height


def make():
    np.random.seed(0)
    chm = Tensor(np.random.uniform(0, 25, (1, 1, 16, 16)).astype(np.float32))
    return CrownHeightStats(), (chm,)

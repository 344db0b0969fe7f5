# case: hull fouling detector thresholds a sonar backscatter grid and lists the fouled cells with ops.nonzero -> output count depends on the data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FoulingCellLocator(nn.Cell):
    """Smooths a hull sonar backscatter map and locates fouled hull cells."""

    def __init__(self, threshold_db=-18.0):
        super().__init__()
        self.threshold = threshold_db
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, backscatter_db):
        x = backscatter_db.reshape(1, 1, backscatter_db.shape[0], backscatter_db.shape[1])
        x = self.smooth(x)[0, 0]
        fouled = x > self.threshold
        cells = ops.nonzero(fouled)
        return cells, fouled.astype(ms.float32).mean()


def make():
    np.random.seed(5)
    grid = np.random.normal(-25, 5, (16, 32)).astype(np.float32)
    grid[4:8, 10:16] += 12.0
    return FoulingCellLocator(), (Tensor(grid),)

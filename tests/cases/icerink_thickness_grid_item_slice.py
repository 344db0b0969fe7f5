# case: keep only the first k thinnest survey points of an ice thickness map, k counted from the data with .item() -> Graph mode rejects or goes dynamic on the data-dependent slice length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_SAFE_MM = 38.0


class ThinSpotSurvey(nn.Cell):
    """Ranks auger-probe thickness readings and keeps the unsafe ones."""

    def __init__(self, min_safe_mm=MIN_SAFE_MM):
        super().__init__()
        self.min_safe_mm = min_safe_mm

    def _flatten(self, grid):
        return grid.reshape(-1)

    def construct(self, grid):
        flat = self._flatten(grid)
        ordered, _ = ops.sort(flat)
        n_unsafe = (flat < self.min_safe_mm).astype(ms.int32).sum().item()
        unsafe = ordered[:n_unsafe]
        return unsafe * 0.1


def make():
    np.random.seed(3111)
    grid = np.random.uniform(30.0, 50.0, size=(6, 12)).astype(np.float32)
    return ThinSpotSurvey(), (Tensor(grid),)

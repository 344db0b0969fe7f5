# case: log scanner builds a dict of summary measurements with constant string keys and returns its values as a tuple -> dict with constant keys in construct, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogGeometrySummary(nn.Cell):
    def __init__(self, offset_mm=150.0, segment_mm=100.0):
        super().__init__()
        self.offset_mm = offset_mm
        self.segment_mm = segment_mm

    def construct(self, radius_grid):
        radii = radius_grid - self.offset_mm
        along = radii.mean(axis=1)
        summary = {
            "small_end": along[0],
            "large_end": along[-1],
            "taper_per_m": (along[-1] - along[0]) / (along.shape[0] * self.segment_mm / 1000.0),
            "ovality": (radii.max(axis=1) - radii.min(axis=1)).mean(),
        }
        return summary["small_end"], summary["large_end"], summary["taper_per_m"], summary["ovality"]


def make():
    np.random.seed(3229)
    grid = Tensor((300 + 20 * np.random.rand(36, 36)).astype(np.float32))
    return LogGeometrySummary(), (grid,)

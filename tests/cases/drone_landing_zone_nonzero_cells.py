# case: finds flat landing-zone cells in a height map by slope and roughness thresholds and returns their coordinates via nonzero -> dynamic-shape output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandingZoneDetector(nn.Cell):
    def __init__(self, slope_thresh=0.15, rough_thresh=0.05):
        super().__init__()
        self.slope_thresh = slope_thresh
        self.rough_thresh = rough_thresh

    def slopes(self, height):
        dx = ops.abs(height[:, 1:] - height[:, :-1])[:-1, :]
        dy = ops.abs(height[1:, :] - height[:-1, :])[:, :-1]
        return ops.maximum(dx, dy)

    def construct(self, height, roughness):
        slope = self.slopes(height)
        rough = roughness[:-1, :-1]
        flat = ops.logical_and(slope < self.slope_thresh, rough < self.rough_thresh)
        cells = ops.nonzero(flat)
        return cells


def make():
    np.random.seed(2)
    h = np.cumsum(np.random.uniform(-0.1, 0.1, size=(12, 12)), axis=1).astype(np.float32)
    r = np.random.uniform(0.0, 0.1, size=(12, 12)).astype(np.float32)
    return LandingZoneDetector(), (Tensor(h), Tensor(r))

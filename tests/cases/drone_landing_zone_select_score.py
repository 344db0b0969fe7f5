# case: scores landing-zone cells with thresholds using ops.select and picks the best cell with argmax -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandingScore(nn.Cell):
    def __init__(self, slope_thresh=0.15, min_clearance=1.0):
        super().__init__()
        self.slope_thresh = slope_thresh
        self.min_clearance = min_clearance

    def construct(self, slope, clearance):
        # slope, clearance: (H, W) grids
        ok = ops.logical_and(slope < self.slope_thresh, clearance > self.min_clearance)
        score = clearance - 4.0 * slope
        masked = ops.select(ok, score, ops.full_like(score, -1e4))
        flat = masked.reshape(-1)
        best = ops.argmax(flat)
        w = slope.shape[1]
        row = best // w
        col = best % w
        return row, col, flat.max()


def make():
    np.random.seed(3)
    slope = np.random.uniform(0.0, 0.3, size=(10, 8)).astype(np.float32)
    clear = np.random.uniform(0.0, 3.0, size=(10, 8)).astype(np.float32)
    return LandingScore(), (Tensor(slope), Tensor(clear))

# case: milling simulator keeps adding finishing passes until the remaining stock on the crown falls below tolerance, collecting each pass's depth in a list -> graph mode should reject or go dynamic on the data-driven loop and growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FinishingPassPlanner(nn.Cell):
    def __init__(self, step_down=0.15, tolerance=0.05, max_passes=20):
        super().__init__()
        self.step_down = step_down
        self.tolerance = tolerance
        self.max_passes = max_passes

    def remove_layer(self, stock):
        cut = ops.minimum(stock, self.step_down)
        return stock - cut, cut

    def construct(self, stock_map):
        depths = []
        passes = 0
        while stock_map.max() > self.tolerance and passes < self.max_passes:
            stock_map, cut = self.remove_layer(stock_map)
            depths.append(cut.mean())
            passes += 1
        return ops.stack(depths), stock_map


def make():
    np.random.seed(313)
    stock = np.abs(np.random.randn(16, 16)).astype(np.float32) * 0.4 + 0.1
    return FinishingPassPlanner(), (Tensor(stock),)

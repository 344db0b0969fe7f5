# case: milling simulator runs a fixed number of finishing passes from the machine profile and stacks each pass's mean cut depth -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MILL_PROFILE = {"zirconia": dict(step_down=0.12, passes=6), "pmma": dict(step_down=0.3, passes=3)}


class FinishingPassPlanner(nn.Cell):
    def __init__(self, material="zirconia"):
        super().__init__()
        prof = MILL_PROFILE[material]
        self.step_down = prof["step_down"]
        self.n_passes = prof["passes"]

    def remove_layer(self, stock):
        cut = ops.minimum(stock, self.step_down)
        return stock - cut, cut

    def construct(self, stock_map):
        depths = []
        for _ in range(self.n_passes):
            stock_map, cut = self.remove_layer(stock_map)
            depths.append(cut.mean())
        return ops.stack(depths), stock_map


def make():
    np.random.seed(314)
    stock = np.abs(np.random.randn(16, 16)).astype(np.float32) * 0.4 + 0.1
    return FinishingPassPlanner(), (Tensor(stock),)

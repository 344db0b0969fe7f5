# case: computes mean excess above flood stage using a fixed-size float mask multiplied in and ops.select -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodExcessMetric(nn.Cell):
    """Per-gauge mean excess over flood stage, ignoring hours below stage."""

    def __init__(self, flood_stage=3.2):
        super().__init__()
        self.flood_stage = flood_stage

    def construct(self, levels):
        above = levels > self.flood_stage
        excess = ops.select(above, levels - self.flood_stage, ops.zeros_like(levels))
        hours_above = above.astype(ms.float32).sum(axis=1)
        mean_excess = excess.sum(axis=1) / ops.maximum(hours_above, ops.ones_like(hours_above))
        return mean_excess, hours_above


def make():
    np.random.seed(3)
    levels = np.random.uniform(1.0, 4.5, size=(5, 30)).astype(np.float32)
    return FloodExcessMetric(), (Tensor(levels),)

# case: replace worn saw segment heights with a fresh segment height using ops.select(cond, x, y) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentWearUpdater(nn.Cell):
    def __init__(self, wear_limit_mm=1.8, fresh_height_mm=5.0, cut_rate=0.002):
        super().__init__()
        self.wear_limit = wear_limit_mm
        self.fresh_height = fresh_height_mm
        self.cut_rate = cut_rate

    def wear_after(self, height_mm, cut_area_m2, hardness):
        return height_mm - self.cut_rate * cut_area_m2 * hardness

    def construct(self, height_mm, cut_area_m2, hardness):
        remaining = self.wear_after(height_mm, cut_area_m2, hardness)
        worn = remaining < self.wear_limit
        fresh = ops.full_like(remaining, self.fresh_height)
        new_height = ops.select(worn, fresh, remaining)
        n_replaced = worn.astype(ms.int32).sum()
        return new_height, n_replaced


def make():
    np.random.seed(32)
    height = Tensor(np.random.uniform(1.5, 4.0, 40).astype(np.float32))
    area = Tensor(np.random.uniform(50, 300, 40).astype(np.float32))
    hardness = Tensor(np.random.uniform(0.8, 1.4, 40).astype(np.float32))
    return SegmentWearUpdater(), (height, area, hardness)

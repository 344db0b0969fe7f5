# case: when a haul pushes cod over quota, scale all boxes down to the remaining quota, otherwise land them as-is -> if on tensor value, both branches same shape, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandingPlanner(nn.Cell):
    def __init__(self, quota_kg=400.0):
        super().__init__()
        self.quota_kg = Tensor(quota_kg, ms.float32)

    def construct(self, box_kg, landed_so_far):
        total = landed_so_far + box_kg.sum()
        if total > self.quota_kg:
            room = ops.maximum(self.quota_kg - landed_so_far, 0.0)
            keep = box_kg * (room / box_kg.sum())
        else:
            keep = box_kg * 1.0
        return keep, keep.sum()


def make():
    np.random.seed(23)
    boxes = Tensor(np.random.uniform(20, 40, size=(8,)).astype(np.float32))
    landed = Tensor(np.array(250.0, dtype=np.float32))
    return LandingPlanner(), (boxes, landed)

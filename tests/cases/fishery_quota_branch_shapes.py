# case: when a haul pushes cod over quota, keep only the first two boxes for landing, otherwise keep all boxes -> if on tensor value whose branches return different shapes
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
            keep = box_kg[:2]
        else:
            keep = box_kg
        return keep, keep.sum()


def make():
    np.random.seed(22)
    boxes = Tensor(np.random.uniform(20, 40, size=(8,)).astype(np.float32))
    landed = Tensor(np.array(250.0, dtype=np.float32))
    return LandingPlanner(), (boxes, landed)

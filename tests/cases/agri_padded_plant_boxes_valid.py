# case: handles a variable number of plants per tile with boxes padded to a fixed maximum and a valid-count mask built from arange -> fixed-size mask, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedPlantAreas(nn.Cell):
    def __init__(self, max_plants=10, gsd_cm=0.5):
        super().__init__()
        self.max_plants = max_plants
        self.px_area_cm2 = gsd_cm * gsd_cm

    def construct(self, boxes, n_valid):
        slots = ops.arange(self.max_plants).reshape(1, -1)
        valid = (slots < n_valid.reshape(-1, 1)).astype(ms.float32)
        areas = (boxes[..., 2] - boxes[..., 0]) * (boxes[..., 3] - boxes[..., 1]) * self.px_area_cm2
        total = (areas * valid).sum(axis=1)
        mean = total / ops.clamp(valid.sum(axis=1), min=1.0)
        return total, mean


def make():
    np.random.seed(42)
    xy = np.random.rand(3, 10, 2) * 40
    wh = np.random.rand(3, 10, 2) * 8 + 1
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=-1).astype(np.float32))
    n_valid = Tensor(np.array([4, 10, 0], dtype=np.int32))
    return PaddedPlantAreas(), (boxes, n_valid)

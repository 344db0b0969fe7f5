# case: per-tile building footprint boxes are padded; the valid count tensor slices boxes[:n] before area computation -> dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FootprintAreaStats(nn.Cell):
    def __init__(self, meters_per_pixel=0.3):
        super().__init__()
        self.mpp2 = meters_per_pixel * meters_per_pixel

    def box_areas(self, boxes):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        return w * h * self.mpp2

    def construct(self, padded_boxes, num_buildings):
        n = num_buildings[0]
        valid = padded_boxes[:n]
        areas = self.box_areas(valid)
        return areas.mean(), areas.max()


def make():
    np.random.seed(1)
    xy = np.random.uniform(0, 200, size=(12, 2)).astype(np.float32)
    wh = np.random.uniform(5, 40, size=(12, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + wh], axis=1)
    boxes[7:] = 0.0
    return FootprintAreaStats(), (Tensor(boxes), Tensor(np.array([7], dtype=np.int32)))

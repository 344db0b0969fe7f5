# case: per-tile padded building boxes use a 0/1 valid flag tensor multiplied into areas, max count from the constructor -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FootprintAreaStats(nn.Cell):
    def __init__(self, max_buildings=12, meters_per_pixel=0.3):
        super().__init__()
        self.max_buildings = max_buildings
        self.mpp2 = meters_per_pixel * meters_per_pixel

    def box_areas(self, boxes):
        w = boxes[:, 2] - boxes[:, 0]
        h = boxes[:, 3] - boxes[:, 1]
        return w * h * self.mpp2

    def construct(self, padded_boxes, valid):
        boxes = padded_boxes[:self.max_buildings]
        areas = self.box_areas(boxes) * valid
        count = ops.maximum(valid.sum(), 1.0)
        mean_area = areas.sum() / count
        max_area = ops.select(valid > 0, areas, ops.zeros_like(areas)).max()
        return mean_area, max_area


def make():
    np.random.seed(1)
    xy = np.random.uniform(0, 200, size=(12, 2)).astype(np.float32)
    wh = np.random.uniform(5, 40, size=(12, 2)).astype(np.float32)
    boxes = np.concatenate([xy, xy + wh], axis=1)
    valid = np.zeros(12, dtype=np.float32)
    valid[:7] = 1.0
    return FootprintAreaStats(), (Tensor(boxes), Tensor(valid))

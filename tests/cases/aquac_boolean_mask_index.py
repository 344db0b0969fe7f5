# case: selects bounding boxes of fish inside the counting zone with boolean-mask indexing boxes[mask] -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountingZone(nn.Cell):
    def __init__(self, x_min=0.2, x_max=0.8):
        super().__init__()
        self.x_min = x_min
        self.x_max = x_max

    def centers(self, boxes):
        return (boxes[:, 0] + boxes[:, 2]) * 0.5

    def construct(self, boxes):
        cx = self.centers(boxes)
        inside = ops.logical_and(cx > self.x_min, cx < self.x_max)
        zone_boxes = boxes[inside]
        areas = (zone_boxes[:, 2] - zone_boxes[:, 0]) * (zone_boxes[:, 3] - zone_boxes[:, 1])
        return zone_boxes, areas.mean()


def make():
    np.random.seed(21)
    xy = np.random.rand(14, 2).astype(np.float32) * 0.8
    wh = np.random.rand(14, 2).astype(np.float32) * 0.2
    boxes = np.concatenate([xy, xy + wh], axis=1)
    return CountingZone(), (Tensor(boxes),)

# case: if many slots are occupied, trim detection boxes to centers only, else keep full boxes -> if on tensor value with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionPostprocess(nn.Cell):
    def __init__(self, busy_level=10):
        super().__init__()
        self.busy_level = busy_level

    def centers(self, boxes):
        cx = (boxes[:, 0] + boxes[:, 2]) / 2
        cy = (boxes[:, 1] + boxes[:, 3]) / 2
        return ops.stack([cx, cy], axis=1)

    def construct(self, boxes, scores):
        n_cars = (scores > 0.5).astype(ms.int32).sum()
        if n_cars > self.busy_level:
            out = self.centers(boxes)
        else:
            out = boxes
        return out * 1.0


def make():
    np.random.seed(14)
    xy = np.random.uniform(0, 300, (20, 2)).astype(np.float32)
    wh = np.random.uniform(20, 60, (20, 2)).astype(np.float32)
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return DetectionPostprocess(), (boxes, scores)

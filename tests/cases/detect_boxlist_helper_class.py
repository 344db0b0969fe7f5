# case: detection post-processing wraps boxes/scores in a plain Python BoxList helper object created inside construct; custom class instance in graph -> error at STRICT, runs at LAX via fallback (possibly dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxList:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores

    def area(self):
        wh = self.boxes[:, 2:] - self.boxes[:, :2]
        return wh[:, 0] * wh[:, 1]


class PostProcess(nn.Cell):
    def __init__(self, min_area=0.01):
        super().__init__()
        self.min_area = min_area

    def construct(self, boxes, scores):
        bl = BoxList(boxes, scores)
        ok = (bl.area() > self.min_area).astype(scores.dtype)
        return bl.boxes, bl.scores * ok


def make():
    xy = np.random.rand(8, 2).astype(np.float32)
    boxes = Tensor(np.concatenate([xy, xy + 0.2], axis=1))
    return PostProcess(), (boxes, Tensor(np.random.rand(8).astype(np.float32)))

# case: filters symbol bounding boxes by confidence with boolean-mask indexing and returns their mean area -> boolean index gives dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilter(nn.Cell):
    def __init__(self, score_thresh=0.4):
        super().__init__()
        self.score_thresh = score_thresh

    def box_area(self, boxes):
        w = ops.relu(boxes[:, 2] - boxes[:, 0])
        h = ops.relu(boxes[:, 3] - boxes[:, 1])
        return w * h

    def construct(self, boxes, scores):
        keep = scores > self.score_thresh
        kept = boxes[keep]
        return self.box_area(kept).mean()


def make():
    np.random.seed(6)
    xy = np.random.rand(10, 2).astype(np.float32)
    wh = np.random.rand(10, 2).astype(np.float32) * 0.3
    boxes = np.concatenate([xy, xy + wh], 1)
    scores = np.random.rand(10).astype(np.float32)
    return BoxFilter(), (Tensor(boxes), Tensor(scores))

# case: counts detected plants from confidence scores and slices the box tensor to that count -> slice bound from tensor value, graph compile error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlantBoxFilter(nn.Cell):
    def __init__(self, conf_thresh=0.5):
        super().__init__()
        self.conf_thresh = conf_thresh

    def construct(self, boxes, scores):
        order = ops.argsort(scores, descending=True)
        boxes = boxes[order]
        scores = scores[order]
        n_plants = (scores > self.conf_thresh).astype(ms.int32).sum()
        kept = boxes[:n_plants]
        areas = (kept[:, 2] - kept[:, 0]) * (kept[:, 3] - kept[:, 1])
        return areas.mean()


def make():
    np.random.seed(1)
    xy = np.random.rand(12, 2).astype(np.float32) * 50
    wh = np.random.rand(12, 2).astype(np.float32) * 10 + 1
    boxes = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return PlantBoxFilter(), (boxes, scores)

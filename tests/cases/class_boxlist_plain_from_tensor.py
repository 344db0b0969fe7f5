# case: detection post-processor wraps boxes and scores in a plain BoxList object inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxList:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores

    def area(self):
        return (self.boxes[:, 2] - self.boxes[:, 0]) * (self.boxes[:, 3] - self.boxes[:, 1])


class PostProcess(nn.Cell):
    def __init__(self):
        super().__init__()
        self.score_fc = nn.Dense(4, 1)

    def construct(self, boxes):
        scores = ops.sigmoid(self.score_fc(boxes)).squeeze(-1)
        bl = BoxList(boxes, scores)
        return (bl.area() * bl.scores).sum()


def make():
    return PostProcess(), (Tensor(np.random.rand(5, 4).astype(np.float32)),)

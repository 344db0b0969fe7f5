# case: wrap each label candidate's box in a plain Python LabelBox object created and mutated inside construct -> Python class instance in graph, error or accepted at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelBox:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def shift(self, dx):
        self.x = self.x + dx


class OverlapScore(nn.Cell):
    def __init__(self, offset=4.0):
        super().__init__()
        self.offset = offset

    def construct(self, boxes):
        box = LabelBox(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
        box.shift(self.offset)
        right = box.x + box.w
        overlap = ops.relu(right[:-1] - box.x[1:])
        return overlap.sum()


def make():
    np.random.seed(53)
    boxes = np.concatenate([np.sort(np.random.rand(20, 1) * 300, 0),
                            np.random.rand(20, 1) * 10,
                            np.random.rand(20, 2) * 40 + 10], 1).astype(np.float32)
    return OverlapScore(), (Tensor(boxes),)

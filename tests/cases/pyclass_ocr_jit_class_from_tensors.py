# case: OCR detector bundles decoded boxes and scores into a @ms.jit_class instance created from tensors in a helper, returns a tuple of its fields; expect error at both levels (jit_class args must be constants)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Detections:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores

    def areas(self):
        return (self.boxes[:, 2] - self.boxes[:, 0]) * (self.boxes[:, 3] - self.boxes[:, 1])


def decode(raw):
    boxes = ops.sigmoid(raw[:, :4])
    scores = ops.sigmoid(raw[:, 4])
    return Detections(boxes, scores)


class Net(nn.Cell):
    def __init__(self, in_dim=8):
        super().__init__()
        self.head = nn.Dense(in_dim, 5)

    def construct(self, feats):
        det = decode(self.head(feats))
        weighted = det.areas() * det.scores
        return det.boxes, weighted


def make():
    return Net(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)

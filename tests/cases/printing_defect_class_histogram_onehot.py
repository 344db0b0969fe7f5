# case: defect tally counts predicted classes with one_hot and a sum over the batch, returning a fixed-length histogram -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECT_NAMES = ("hickey", "streak", "misregister", "setoff")


class DefectHistogram(nn.Cell):
    def __init__(self, in_features=6, hidden=12):
        super().__init__()
        self.num_classes = len(DEFECT_NAMES)
        self.body = nn.SequentialCell([nn.Dense(in_features, hidden), nn.ReLU(),
                                       nn.Dense(hidden, self.num_classes)])

    def construct(self, feats):
        logits = self.body(feats)
        cls = ops.argmax(logits, dim=1)
        hist = ops.one_hot(cls, self.num_classes, Tensor(1.0, ms.float32),
                           Tensor(0.0, ms.float32)).sum(axis=0)
        return hist, ops.softmax(logits, axis=1)


def make():
    np.random.seed(26)
    feats = np.random.normal(0, 1, (5, 6)).astype(np.float32)
    return DefectHistogram(), (Tensor(feats),)

# case: defect tally builds a dict keyed by the predicted class index (converted from a tensor) and counts occurrences in a loop -> dict keyed by tensor values in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECT_NAMES = ("hickey", "streak", "misregister", "setoff")


class DefectTally(nn.Cell):
    def __init__(self, in_features=6):
        super().__init__()
        self.head = nn.Dense(in_features, len(DEFECT_NAMES))

    def construct(self, feats):
        cls = ops.argmax(self.head(feats), dim=1)
        tally = {}
        for i in range(feats.shape[0]):
            name = DEFECT_NAMES[int(cls[i])]
            tally[name] = tally.get(name, 0) + 1
        return tally


def make():
    np.random.seed(25)
    feats = np.random.normal(0, 1, (5, 6)).astype(np.float32)
    return DefectTally(), (Tensor(feats),)

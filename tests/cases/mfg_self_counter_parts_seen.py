# case: keep a running count of inspected parts and rejects by writing plain attributes on self inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionStation(nn.Cell):
    def __init__(self, n_feat=6, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.threshold = threshold
        self.parts_seen = 0
        self.rejects = Tensor(0.0, ms.float32)

    def construct(self, x):
        score = ops.sigmoid(self.fc(x)).squeeze(-1)
        bad = (score > self.threshold).astype(ms.float32)
        self.parts_seen = self.parts_seen + x.shape[0]
        self.rejects = self.rejects + bad.sum()
        return bad, self.rejects / self.parts_seen


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    return InspectionStation(), (x,)

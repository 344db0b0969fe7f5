# case: locate rail segments whose predicted wear exceeds the grinding threshold with ops.nonzero and gather their chainage -> data-dependent count, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WearHead(nn.Cell):
    def __init__(self, n_features=6, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(n_features, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x))).squeeze(-1)


class GrindingPlanner(nn.Cell):
    def __init__(self, threshold_mm=0.4):
        super().__init__()
        self.head = WearHead()
        self.threshold = threshold_mm

    def construct(self, segment_features, chainage_m):
        wear_mm = ops.sigmoid(self.head(segment_features))
        flagged = ops.nonzero(wear_mm > self.threshold)
        flagged = flagged.reshape(-1)
        to_grind = ops.gather(chainage_m, flagged, 0)
        return to_grind, wear_mm


def make():
    np.random.seed(3065)
    feats = np.random.randn(40, 6).astype(np.float32)
    chain = (np.arange(40) * 25.0).astype(np.float32)
    return GrindingPlanner(), (Tensor(feats), Tensor(chain))

# case: wildfire fuel-load model looks up the load table with ops.gather on the argmax class, all on device -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FUEL_LOAD_T_PER_HA = np.array([0.5, 2.0, 6.5, 12.0, 25.0], dtype=np.float32)


class FuelClassHead(nn.Cell):
    def __init__(self, in_features=10, n_classes=5):
        super().__init__()
        self.fc1 = nn.Dense(in_features, 16)
        self.fc2 = nn.Dense(16, n_classes)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class FuelLoadEstimator(nn.Cell):
    def __init__(self, expected=True):
        super().__init__()
        self.head = FuelClassHead()
        self.table = Tensor(FUEL_LOAD_T_PER_HA)
        self.expected = expected
        self.softmax = nn.Softmax(axis=1)

    def construct(self, features):
        logits = self.head(features)
        if self.expected:
            return ops.matmul(self.softmax(logits), self.table)
        classes = logits.argmax(axis=1)
        return ops.gather(self.table, classes, 0)


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(6, 10).astype(np.float32))
    return FuelLoadEstimator(expected=False), (feats,)

# case: wildfire fuel-load model converts predicted fuel class to numpy to look up a load table on the host -> error in Graph mode (asnumpy in construct)
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
    def __init__(self):
        super().__init__()
        self.head = FuelClassHead()

    def construct(self, features):
        logits = self.head(features)
        classes = logits.argmax(axis=1).asnumpy()
        loads = FUEL_LOAD_T_PER_HA[classes]
        return Tensor(loads)


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(6, 10).astype(np.float32))
    return FuelLoadEstimator(), (feats,)

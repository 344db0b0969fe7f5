# case: Platt-scales logits with learnable slope and bias Parameters and applies an optional temperature given as a Python float -> plain tensor arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PlattScaler(nn.Cell):
    def __init__(self, temperature=None):
        super().__init__()
        self.a = Parameter(Tensor(np.array([1.3], dtype=np.float32)), name="platt_a")
        self.b = Parameter(Tensor(np.array([-0.4], dtype=np.float32)), name="platt_b")
        self.temperature = temperature

    def construct(self, logits):
        if self.temperature is not None:
            logits = logits / self.temperature
        return ops.sigmoid(self.a * logits + self.b)


class FraudHead(nn.Cell):
    def __init__(self, feat_dim=9, temperature=1.5):
        super().__init__()
        self.body = nn.Dense(feat_dim, 1)
        self.scaler = PlattScaler(temperature)

    def construct(self, feats):
        logits = self.body(feats).squeeze(-1)
        return self.scaler(logits)


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(10, 9).astype(np.float32))
    return FraudHead(), (feats,)

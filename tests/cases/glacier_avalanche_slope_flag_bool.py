# case: avalanche model with a Python bool constructor flag choosing whether slope features are concatenated -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AvalancheRiskNet(nn.Cell):
    def __init__(self, n_weather=4, use_slope=True, use_aspect=False):
        super().__init__()
        self.use_slope = use_slope
        self.use_aspect = use_aspect
        n_in = n_weather + (1 if use_slope else 0) + (2 if use_aspect else 0)
        self.fc = nn.SequentialCell([nn.Dense(n_in, 16), nn.Tanh(), nn.Dense(16, 1)])

    def construct(self, weather, slope, aspect_rad):
        feats = [weather]
        if self.use_slope:
            feats.append(slope.expand_dims(-1) / 45.0)
        if self.use_aspect:
            feats.append(ops.stack((ops.sin(aspect_rad), ops.cos(aspect_rad)), -1))
        x = ops.concat(feats, -1)
        return ops.sigmoid(self.fc(x)).squeeze(-1)


def make():
    np.random.seed(35)
    w = Tensor(np.random.randn(10, 4).astype(np.float32))
    s = Tensor(np.random.uniform(20, 50, size=(10,)).astype(np.float32))
    a = Tensor(np.random.uniform(0, 6.28, size=(10,)).astype(np.float32))
    return AvalancheRiskNet(), (w, s, a)

# case: show timeline keeps per-layer levels in a dict with string keys built in construct and returns the weighted mix -> dict with constant string keys, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYERS = ("stars", "milkyway", "planets")


class LayerMixer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.weights = {"stars": 1.0, "milkyway": 0.6, "planets": 0.8}

    def construct(self, stars, milkyway, planets):
        frames = {"stars": stars, "milkyway": milkyway, "planets": planets}
        out = ops.zeros_like(stars)
        for name in LAYERS:
            out = out + frames[name] * self.weights[name]
        return ops.clamp(out, 0.0, 1.0)


def make():
    np.random.seed(351)
    s = Tensor(np.random.rand(16, 16).astype(np.float32))
    m = Tensor(np.random.rand(16, 16).astype(np.float32))
    p = Tensor(np.random.rand(16, 16).astype(np.float32))
    return LayerMixer(), (s, m, p)

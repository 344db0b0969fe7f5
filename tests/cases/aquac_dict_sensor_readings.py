# case: packs tank sensor channels into a dict with constant string keys and computes a water quality score from it -> static graph, constant-key dicts are supported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaterScore(nn.Cell):
    def __init__(self):
        super().__init__()
        self.weights = {"do": 0.4, "temp": 0.3, "ph": 0.3}
        self.targets = {"do": 8.0, "temp": 24.0, "ph": 7.5}

    def split_channels(self, readings):
        return {"do": readings[:, 0], "temp": readings[:, 1], "ph": readings[:, 2]}

    def construct(self, readings):
        ch = self.split_channels(readings)
        score = ops.zeros_like(ch["do"])
        for key in ("do", "temp", "ph"):
            dev = ops.abs(ch[key] - self.targets[key]) / self.targets[key]
            score = score + self.weights[key] * (1.0 - dev)
        return score


def make():
    np.random.seed(17)
    readings = np.stack([np.random.rand(7) * 4 + 6, np.random.rand(7) * 6 + 21,
                         np.random.rand(7) + 7.0], axis=1).astype(np.float32)
    return WaterScore(), (Tensor(readings),)

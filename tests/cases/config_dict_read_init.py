# case: plain dict config stored in __init__; construct reads keys with [] and .get() with a default; constant dict -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CFG = {"hidden": 8, "act": "relu", "out_scale": 0.1}


class MLP(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = dict(DEFAULT_CFG, **(cfg or {}))
        self.fc1 = nn.Dense(4, self.cfg["hidden"])
        self.fc2 = nn.Dense(self.cfg["hidden"], 2)

    def construct(self, x):
        h = self.fc1(x)
        if self.cfg["act"] == "relu":
            h = ops.relu(h)
        else:
            h = ops.sigmoid(h)
        eps = self.cfg.get("eps", 1e-5)
        return self.fc2(h) * self.cfg["out_scale"] + eps


def make():
    return MLP({"hidden": 6}), (Tensor(np.ones((3, 4), np.float32)),)

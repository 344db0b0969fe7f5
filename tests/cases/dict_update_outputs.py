# case: dict built in construct, updated with dict.update() and item assignment, read back by key; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoTower(nn.Cell):
    def __init__(self):
        super().__init__()
        self.q = nn.Dense(8, 4)
        self.k = nn.Dense(8, 4)

    def construct(self, x):
        out = {"query": self.q(x)}
        out.update({"key": self.k(x)})
        out["score"] = ops.matmul(out["query"], out["key"].T)
        return out["score"] + out["query"].sum()


def make():
    return TwoTower(), (Tensor(np.ones((2, 8), np.float32)),)

# case: dict attribute self.stats mutated in construct (self.stats["calls"] += 1) and used in arithmetic; LAX accepts it, STRICT rejects subscript-assign on a non-Parameter attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stats = {"calls": 0, "decay": 0.9}
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        self.stats["calls"] += 1
        w = self.stats["decay"] ** self.stats["calls"]
        return self.fc(x) * w


def make():
    return CallCounter(), (Tensor(np.ones((2, 4), np.float32)),)

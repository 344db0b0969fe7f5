# case: yield-drop detector converts the mean daily drop to a Python float and picks a return value in a Python if -> error or host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldDropDetector(nn.Cell):
    def __init__(self, drop_kg=3.0):
        super().__init__()
        self.drop_kg = drop_kg

    def construct(self, yesterday, today):
        drop = yesterday - today
        mean_drop = float(drop.mean())
        if mean_drop > self.drop_kg:
            alarm = ops.ones_like(drop)
        else:
            alarm = (drop > self.drop_kg).astype(ms.float32)
        return alarm, drop


def make():
    np.random.seed(12)
    y = np.random.uniform(25.0, 35.0, (10,)).astype(np.float32)
    t = y - np.random.uniform(-1.0, 6.0, (10,)).astype(np.float32)
    return YieldDropDetector(), (Tensor(y), Tensor(t))

# case: linear warmup loss weight using a plain Python int step counter incremented in construct (self.step += 1); expect error at STRICT, LAX may compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WARMUP_STEPS = 100


class WarmupWeightedLoss(nn.Cell):
    def __init__(self, warmup=WARMUP_STEPS, max_weight=1.0):
        super().__init__()
        self.warmup = warmup
        self.max_weight = max_weight
        self.step = 0
        self.mse = nn.MSELoss()
        self.l1 = nn.L1Loss()

    def construct(self, pred, target):
        self.step += 1
        w = self.max_weight * min(1.0, self.step / self.warmup)
        main = self.mse(pred, target)
        aux = self.l1(pred, target)
        return main + w * aux


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(6, 3)
        self.crit = WarmupWeightedLoss()

    def construct(self, x, y):
        return self.crit(self.fc(x), y)


def make():
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return Net(), (x, y)

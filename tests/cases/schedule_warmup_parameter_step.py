# case: linear warmup loss weight with the step stored in a non-trainable Parameter and advanced with ops.assign_add; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

WARMUP_STEPS = 100


class WarmupWeightedLoss(nn.Cell):
    def __init__(self, warmup=WARMUP_STEPS, max_weight=1.0):
        super().__init__()
        self.warmup = float(warmup)
        self.max_weight = max_weight
        self.step = Parameter(Tensor(0.0, ms.float32), name="global_step", requires_grad=False)
        self.one = Tensor(1.0, ms.float32)
        self.mse = nn.MSELoss()
        self.l1 = nn.L1Loss()

    def construct(self, pred, target):
        step = ops.assign_add(self.step, self.one)
        w = self.max_weight * ops.minimum(self.one, step / self.warmup)
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

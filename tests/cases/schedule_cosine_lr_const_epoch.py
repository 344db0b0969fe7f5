# case: cosine LR schedule with math.cos on Python config floats and a tensor-side ops.cos for the per-step factor; expect static at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

BASE_LR = 0.1
TOTAL_STEPS = 1000


class CosineScaledStep(nn.Cell):
    def __init__(self, base_lr=BASE_LR, total=TOTAL_STEPS, min_lr=1e-4):
        super().__init__()
        self.base_lr = base_lr
        self.min_lr = min_lr
        self.total = float(total)
        # precomputed in __init__, pure Python
        self.start_factor = 0.5 * (1.0 + math.cos(0.0))
        self.step = Parameter(Tensor(3.0, ms.float32), name="step", requires_grad=False)

    def current_lr(self):
        t = ops.minimum(self.step / self.total, Tensor(1.0, ms.float32))
        cos = ops.cos(t * math.pi)
        return self.min_lr + (self.base_lr - self.min_lr) * 0.5 * (1.0 + cos) * self.start_factor

    def construct(self, grad, weight):
        lr = self.current_lr()
        return weight - lr * grad


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones((4, 4), np.float32)), name="w")
        self.sched = CosineScaledStep()

    def construct(self, g):
        return self.sched(g, self.w)


def make():
    return Net(), (Tensor(np.random.randn(4, 4).astype(np.float32)),)

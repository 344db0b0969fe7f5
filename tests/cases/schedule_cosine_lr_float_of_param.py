# case: cosine LR schedule computed with math.cos(float(self.epoch)) where epoch is a Parameter; expect error at STRICT, LAX may fall back
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

BASE_LR = 0.1
TOTAL_EPOCHS = 90


class CosineScaledStep(nn.Cell):
    def __init__(self, base_lr=BASE_LR, total=TOTAL_EPOCHS):
        super().__init__()
        self.base_lr = base_lr
        self.total = total
        self.epoch = Parameter(Tensor(3, ms.int32), name="epoch", requires_grad=False)

    def current_lr(self):
        e = float(self.epoch)
        return 0.5 * self.base_lr * (1.0 + math.cos(math.pi * e / self.total))

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

# case: densification controller increments a Python int attribute self.iteration inside construct and densifies every N iterations -> attribute write on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensifyController(nn.Cell):
    def __init__(self, interval=100, grad_threshold=0.0002):
        super().__init__()
        self.interval = interval
        self.grad_threshold = grad_threshold
        self.iteration = 0

    def construct(self, grad_accum, denom):
        self.iteration += 1
        avg = grad_accum / ops.clamp(denom, min=1.0)
        flag = (ops.norm(avg, dim=-1) > self.grad_threshold).astype(ms.float32)
        if self.iteration % self.interval == 0:
            return flag
        return ops.zeros_like(flag)


def make():
    np.random.seed(11)
    g = Tensor(np.random.uniform(0, 0.01, (16, 2)).astype(np.float32))
    d = Tensor(np.random.randint(1, 10, (16, 1)).astype(np.float32))
    return DensifyController(), (g, d)

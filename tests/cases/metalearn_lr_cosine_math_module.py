# case: cosine-with-warmup learning-rate schedule computed with math.cos / math.pi on a step Tensor inside construct -> compile error at line 22
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineWarmupSGD(nn.Cell):
    """Functional SGD step whose learning rate is computed from the global step."""

    def __init__(self, base_lr=0.1, warmup_steps=10, total_steps=100, min_lr=1e-4):
        super().__init__()
        self.base_lr = base_lr
        self.warmup_steps = warmup_steps
        self.total_steps = total_steps
        self.min_lr = min_lr

    def lr_at(self, step):
        if step < self.warmup_steps:
            return self.base_lr * (step + 1) / self.warmup_steps
        progress = (step - self.warmup_steps) / (self.total_steps - self.warmup_steps)
        cosine = 0.5 * (1.0 + math.cos(math.pi * progress))
        return self.min_lr + (self.base_lr - self.min_lr) * cosine

    def construct(self, params, grads, step):
        lr = self.lr_at(step)
        return params - lr * grads


def make():
    np.random.seed(6)
    opt = CosineWarmupSGD()
    p = Tensor(np.random.randn(5).astype(np.float32))
    g = Tensor(np.random.randn(5).astype(np.float32))
    return opt, (p, g, Tensor(42.0, ms.float32))

# case: warmup + cosine learning-rate schedule computed from a step Tensor with ops.cos and ops.select, applied in an SGD step -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupCosineSchedule(nn.Cell):
    def __init__(self, base_lr=0.1, warmup_steps=10, total_steps=100, min_lr=1e-4):
        super().__init__()
        self.base_lr = base_lr
        self.warmup = float(warmup_steps)
        self.decay_steps = float(total_steps - warmup_steps)
        self.min_lr = min_lr

    def construct(self, step):
        step = step.astype(ms.float32)
        warm = self.base_lr * (step + 1.0) / self.warmup
        progress = ops.clamp((step - self.warmup) / self.decay_steps, 0.0, 1.0)
        cosine = 0.5 * (1.0 + ops.cos(math.pi * progress))
        decayed = self.min_lr + (self.base_lr - self.min_lr) * cosine
        return ops.select(step < self.warmup, warm, decayed)


class ScheduledSGD(nn.Cell):
    def __init__(self, weight_decay=1e-4):
        super().__init__()
        self.schedule = WarmupCosineSchedule()
        self.weight_decay = weight_decay

    def construct(self, params, grads, step):
        lr = self.schedule(step)
        return params - lr * (grads + self.weight_decay * params), lr


def make():
    np.random.seed(26)
    opt = ScheduledSGD()
    p = Tensor(np.random.randn(7).astype(np.float32))
    g = Tensor(np.random.randn(7).astype(np.float32))
    return opt, (p, g, Tensor(37, ms.int32))

# case: linear warm-up then cosine decay LR computed from a step counter Parameter with ops.cos/ops.select -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class WarmupCosineLR(nn.Cell):
    def __init__(self, base_lr=0.1, warmup_steps=10, total_steps=100, min_lr=1e-4):
        super().__init__()
        self.base_lr = base_lr
        self.warmup_steps = float(warmup_steps)
        self.decay_steps = float(total_steps - warmup_steps)
        self.min_lr = min_lr

    def construct(self, step):
        step = ops.cast(step, ms.float32)
        warm = self.base_lr * (step + 1.0) / self.warmup_steps
        progress = ops.clamp((step - self.warmup_steps) / self.decay_steps, 0.0, 1.0)
        cos_lr = self.min_lr + 0.5 * (self.base_lr - self.min_lr) * (1.0 + ops.cos(math.pi * progress))
        return ops.select(step < self.warmup_steps, warm, cos_lr)


class ScheduledSGDStep(nn.Cell):
    def __init__(self, net_with_loss, schedule):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.weights = ParameterTuple(net_with_loss.trainable_params())
        self.schedule = schedule
        self.global_step = Parameter(Tensor(0, ms.int32), name="global_step", requires_grad=False)
        self.grad = ops.GradOperation(get_by_list=True)

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        lr = self.schedule(self.global_step)
        for w, g in zip(self.weights, grads):
            ops.assign_sub(w, lr * g)
        ops.assign_add(self.global_step, Tensor(1, ms.int32))
        return loss, lr


def make():
    np.random.seed(4)
    net = nn.WithLossCell(nn.Dense(3, 1), nn.MSELoss())
    x = Tensor(np.random.randn(8, 3).astype(np.float32))
    y = Tensor(np.random.randn(8, 1).astype(np.float32))
    return ScheduledSGDStep(net, WarmupCosineLR()), (x, y)

# case: @ms.jit functional optimiser step with a piecewise-constant LR decay computed from a step tensor via a milestone loop -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MILESTONES = (30, 60, 90)
GAMMA = 0.1
BASE_LR = 0.05


def piecewise_lr(step, base_lr=BASE_LR, milestones=MILESTONES, gamma=GAMMA):
    lr = ops.full((), base_lr, dtype=ms.float32)
    for m in milestones:
        lr = ops.select(step >= m, lr * gamma, lr)
    return lr


@ms.jit
def sgd_momentum_step(param, grad, buf, step, momentum=0.9, nesterov=True):
    lr = piecewise_lr(step)
    buf = momentum * buf + grad
    direction = grad + momentum * buf if nesterov else buf
    return param - lr * direction, buf, lr


def make():
    np.random.seed(37)
    p = Tensor(np.random.randn(4, 4).astype(np.float32))
    g = Tensor(np.random.randn(4, 4).astype(np.float32))
    buf = Tensor(np.zeros((4, 4), np.float32))
    return sgd_momentum_step, (p, g, buf, Tensor(64, ms.int32))

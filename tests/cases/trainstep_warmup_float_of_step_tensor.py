# case: warm-up factor computed with Python float()/min() on the step Tensor passed in by the training loop -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, warmup_steps=100, base_lr=0.01):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.warmup_steps = warmup_steps
        self.base_lr = base_lr
        self.weights = optimizer.parameters
        self.grad_fn = ms.value_and_grad(net_with_loss, None, self.weights)

    def warmup_factor(self, step):
        return min(1.0, (float(step) + 1.0) / self.warmup_steps)

    def construct(self, x, y, step):
        loss, grads = self.grad_fn(x, y)
        factor = self.warmup_factor(step)
        grads = tuple(g * factor for g in grads)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(34)
    net = nn.WithLossCell(nn.Dense(3, 3), nn.L1Loss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(2, 3).astype(np.float32))
    y = Tensor(np.random.randn(2, 3).astype(np.float32))
    return WarmupTrainStep(net, opt), (x, y, Tensor(7, ms.int32))

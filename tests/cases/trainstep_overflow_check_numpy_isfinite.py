# case: skip-on-overflow helper converts the global grad norm with .asnumpy() and np.isfinite before updating -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, loss_scale=256.0):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.loss_scale = loss_scale
        self.grad_fn = ms.value_and_grad(self.scaled, None, optimizer.parameters)

    def scaled(self, x, y):
        return self.net_with_loss(x, y) * self.loss_scale

    def global_norm(self, grads):
        sq = [ops.square(g).sum() for g in grads]
        return ops.sqrt(ops.addn(sq))

    def grads_are_finite(self, grads):
        norm = self.global_norm(grads)
        return bool(np.isfinite(norm.asnumpy()))

    def construct(self, x, y):
        scaled_loss, grads = self.grad_fn(x, y)
        grads = tuple(g / self.loss_scale for g in grads)
        if self.grads_are_finite(grads):
            self.optimizer(grads)
        return scaled_loss / self.loss_scale


def make():
    np.random.seed(32)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = nn.Momentum(net.trainable_params(), 0.01, 0.9)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.random.randn(3, 2).astype(np.float32))
    return SafeTrainStep(net, opt), (x, y)

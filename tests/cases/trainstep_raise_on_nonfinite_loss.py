# case: train step raises RuntimeError with the formatted loss value when the loss is not finite -> compile error at STRICT at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrictTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, check_finite=True):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.check_finite = check_finite
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        if self.check_finite:
            self.assert_finite(loss)
        self.optimizer(grads)
        return loss

    def assert_finite(self, loss):
        if not ops.isfinite(loss):
            raise RuntimeError("Loss became non-finite: {}".format(loss))


def make():
    np.random.seed(51)
    net = nn.WithLossCell(nn.Dense(4, 4), nn.MSELoss())
    opt = nn.Momentum(net.trainable_params(), 0.01, 0.9)
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return StrictTrainStep(net, opt), (x, y)

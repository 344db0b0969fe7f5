# case: running mean over the last n losses kept in a ring-buffer Parameter; slices history[:n] with n from the step counter -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SmoothedLossTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, window=8):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.window = window
        self.history = Parameter(Tensor(np.zeros(window, np.float32)), name="loss_hist", requires_grad=False)
        self.count = Parameter(Tensor(0, ms.int32), name="loss_count", requires_grad=False)
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def record(self, loss):
        pos = self.count % self.window
        onehot = ops.one_hot(pos, self.window, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        ops.assign(self.history, self.history * (1 - onehot) + loss * onehot)
        ops.assign_add(self.count, Tensor(1, ms.int32))

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        self.optimizer(grads)
        self.record(loss)
        return loss, self.smoothed()

    def smoothed(self):
        n = ops.minimum(self.count, self.window)
        return self.history[:n].mean()


def make():
    np.random.seed(35)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.05)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    y = Tensor(np.random.randn(5, 2).astype(np.float32))
    return SmoothedLossTrainStep(net, opt), (x, y)

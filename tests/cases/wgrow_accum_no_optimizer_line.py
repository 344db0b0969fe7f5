# case: budgeted accumulation loop growing `losses` under a tensor test: the same loop without the optimizer call after it -> where MindSpore blames the call-depth failure
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BudgetedAccumulationStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, loss_budget=2.0, max_micro=4):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.loss_budget = loss_budget
        self.max_micro = max_micro
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x[0], y[0])
        losses = loss.reshape(1)
        i = 1
        while losses.sum() < self.loss_budget and i < self.max_micro:
            l_i = self.net_with_loss(x[i], y[i])
            losses = ops.concat((losses, l_i.reshape(1)))
            i += 1
        return losses.mean()


def make():
    np.random.seed(46)
    net = nn.WithLossCell(nn.Dense(3, 2), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(4, 5, 3).astype(np.float32))
    y = Tensor(np.random.randn(4, 5, 2).astype(np.float32))
    return BudgetedAccumulationStep(net, opt), (x, y)

# case: hand-written SGD with momentum and Nesterov flag updating Parameters via ops.assign in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class ManualMomentum(nn.Cell):
    def __init__(self, params, lr=0.1, momentum=0.9, weight_decay=1e-4, nesterov=False):
        super().__init__()
        self.params = ParameterTuple(params)
        self.moments = self.params.clone(prefix="moment", init="zeros")
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.nesterov = nesterov

    def _update_one(self, param, moment, grad):
        if self.weight_decay > 0:
            grad = grad + self.weight_decay * param
        new_m = self.momentum * moment + grad
        ops.assign(moment, new_m)
        if self.nesterov:
            step = grad + self.momentum * new_m
        else:
            step = new_m
        ops.assign(param, param - self.lr * step)
        return param

    def construct(self, grads):
        out = ()
        for p, m, g in zip(self.params, self.moments, grads):
            out = out + (self._update_one(p, m, g),)
        return out


class TrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.weights = optimizer.params
        self.grad = ops.GradOperation(get_by_list=True)

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        loss = ops.depend(loss, self.optimizer(grads))
        return loss


def make():
    np.random.seed(2)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = ManualMomentum(net.trainable_params(), nesterov=True)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.random.randn(3, 2).astype(np.float32))
    return TrainStep(net, opt), (x, y)

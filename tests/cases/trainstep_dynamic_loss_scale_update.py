# case: dynamic loss scaling: halve the scale on overflow, double after N good steps, all with ops.select on Parameters -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DynamicScaler(nn.Cell):
    def __init__(self, init_scale=2.0 ** 12, growth_interval=3, factor=2.0):
        super().__init__()
        self.scale = Parameter(Tensor(init_scale, ms.float32), name="loss_scale", requires_grad=False)
        self.good_steps = Parameter(Tensor(0, ms.int32), name="good_steps", requires_grad=False)
        self.growth_interval = growth_interval
        self.factor = factor

    def construct(self, finite):
        grow = ops.logical_and(finite, self.good_steps + 1 >= self.growth_interval)
        new_scale = ops.select(finite, ops.select(grow, self.scale * self.factor, self.scale),
                               ops.maximum(self.scale / self.factor, 1.0))
        new_good = ops.select(ops.logical_and(finite, ops.logical_not(grow)), self.good_steps + 1,
                              ops.zeros_like(self.good_steps))
        ops.assign(self.good_steps, new_good)
        return ops.assign(self.scale, new_scale)


class ScaledTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.scaler = DynamicScaler()
        self.grad_fn = ms.value_and_grad(self.scaled_loss, None, optimizer.parameters)

    def scaled_loss(self, x, y, scale):
        return self.net_with_loss(x, y) * scale

    def construct(self, x, y):
        scale = self.scaler.scale * 1.0
        scaled, grads = self.grad_fn(x, y, scale)
        grads = [g / scale for g in grads]
        finite = ops.stack([ops.isfinite(g).all() for g in grads]).all()
        grads = tuple(ops.select(finite, g, ops.zeros_like(g)) for g in grads)
        self.optimizer(grads)
        self.scaler(finite)
        return scaled / scale, finite


def make():
    np.random.seed(16)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.random.randn(3, 2).astype(np.float32))
    return ScaledTrainStep(net, opt), (x, y)

# case: manual mixed precision: cast inputs and weights to float16 for the forward, loss in float32, fp32 master grads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import Normal


class HalfPrecisionMLP(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, out_dim=2, compute_dtype=ms.float16):
        super().__init__()
        self.w1 = Parameter(ms.common.initializer.initializer(Normal(0.1), (in_dim, hidden), ms.float32), name="w1")
        self.w2 = Parameter(ms.common.initializer.initializer(Normal(0.1), (hidden, out_dim), ms.float32), name="w2")
        self.compute_dtype = compute_dtype

    def construct(self, x):
        x = ops.cast(x, self.compute_dtype)
        h = ops.relu(ops.matmul(x, ops.cast(self.w1, self.compute_dtype)))
        out = ops.matmul(h, ops.cast(self.w2, self.compute_dtype))
        return ops.cast(out, ms.float32)


class AmpTrainStep(nn.Cell):
    def __init__(self, network, optimizer, loss_scale=128.0):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.loss_scale = loss_scale
        self.grad_fn = ms.value_and_grad(self.scaled_loss, None, optimizer.parameters)

    def scaled_loss(self, x, y):
        logits = self.network(x)
        loss = ops.cross_entropy(logits, y)
        return loss * self.loss_scale

    def construct(self, x, y):
        scaled, grads = self.grad_fn(x, y)
        grads = tuple(ops.cast(g, ms.float32) / self.loss_scale for g in grads)
        self.optimizer(grads)
        return scaled / self.loss_scale


def make():
    np.random.seed(11)
    net = HalfPrecisionMLP()
    opt = nn.Momentum(net.trainable_params(), 0.01, 0.9)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.array([1, 0, 1, 1], np.int32))
    return AmpTrainStep(net, opt), (x, y)

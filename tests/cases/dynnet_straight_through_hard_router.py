# case: layer-skipping router picks execute/skip per sample with argmax + one_hot straight-through estimator and mixes outputs with the hard weights -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardRouter(nn.Cell):
    def __init__(self, dim, tau=1.0):
        super().__init__()
        self.logits = nn.Dense(dim, 2)
        self.tau = tau

    def construct(self, x):
        soft = ops.softmax(self.logits(x) / self.tau, axis=-1)
        hard = ops.one_hot(soft.argmax(axis=-1), 2, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.stop_gradient(hard - soft) + soft


class RoutedResidualStack(nn.Cell):
    def __init__(self, dim=16, depth=3):
        super().__init__()
        self.routers = nn.CellList([HardRouter(dim) for _ in range(depth)])
        self.blocks = nn.CellList([nn.Dense(dim, dim) for _ in range(depth)])

    def construct(self, x):
        usage = ops.zeros((x.shape[0],), x.dtype)
        for router, block in zip(self.routers, self.blocks):
            w = router(x)
            x = w[:, 0:1] * (x + ops.relu(block(x))) + w[:, 1:2] * x
            usage = usage + w[:, 0]
        return x, usage


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return RoutedResidualStack(), (x,)

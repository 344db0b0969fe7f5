# case: strategy keeps its running position in a non-trainable Parameter updated with ops.assign inside construct -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ParamStrategy(nn.Cell):
    def __init__(self, n_assets=4, max_pos=100.0):
        super().__init__()
        self.max_pos = max_pos
        self.position = Parameter(Tensor(np.zeros(n_assets), ms.float32), name="position", requires_grad=False)

    def construct(self, signal, price):
        target = ops.clip_by_value(signal * self.max_pos, -self.max_pos, self.max_pos)
        trade = target - self.position
        ops.assign(self.position, target)
        cost = (ops.abs(trade) * price).sum() * 1e-4
        return trade, cost


def make():
    np.random.seed(28)
    sig = np.tanh(np.random.randn(4)).astype(np.float32)
    px = (50.0 + 10.0 * np.random.rand(4)).astype(np.float32)
    return ParamStrategy(), (Tensor(sig), Tensor(px))

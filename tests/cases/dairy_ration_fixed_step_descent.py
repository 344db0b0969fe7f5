# case: feeding-ration optimiser runs a constant number of projected-gradient steps set in the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedStepRation(nn.Cell):
    def __init__(self, lr=0.05, n_steps=8, penalty=10.0):
        super().__init__()
        self.lr = lr
        self.n_steps = n_steps
        self.penalty = penalty

    def shortfall(self, mix, nutrient, target):
        return ops.relu(target - ops.matmul(nutrient, mix))

    def construct(self, price, nutrient, target):
        n_feeds = price.shape[0]
        mix = ops.ones((n_feeds,), ms.float32) / n_feeds
        for _ in range(self.n_steps):
            gap = self.shortfall(mix, nutrient, target)
            grad = price - 2.0 * self.penalty * ops.matmul(nutrient.T, gap)
            mix = ops.relu(mix - self.lr * grad)
            mix = mix / (mix.sum() + 1e-6)
        gap = self.shortfall(mix, nutrient, target)
        cost = (price * mix).sum() + self.penalty * (gap ** 2).sum()
        return mix, cost


def make():
    np.random.seed(7)
    price = np.random.uniform(0.1, 0.5, (6,)).astype(np.float32)
    nutrient = np.random.uniform(0.0, 1.0, (4, 6)).astype(np.float32)
    target = np.array([0.5, 0.4, 0.3, 0.2], np.float32)
    return FixedStepRation(), (Tensor(price), Tensor(nutrient), Tensor(target))

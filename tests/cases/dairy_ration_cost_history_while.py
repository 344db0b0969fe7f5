# case: feeding-ration optimiser runs a projected-gradient while loop until the cost change is below tolerance and appends each cost to a list -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationOptimiser(nn.Cell):
    def __init__(self, lr=0.05, tol=1e-3, max_steps=50):
        super().__init__()
        self.lr = lr
        self.tol = tol
        self.max_steps = max_steps

    def cost(self, mix, price, nutrient, target):
        shortfall = ops.relu(target - ops.matmul(nutrient, mix))
        return (price * mix).sum() + 10.0 * (shortfall ** 2).sum()

    def construct(self, price, nutrient, target):
        mix = ops.ones_like(price) / price.shape[0]
        history = []
        prev = self.cost(mix, price, nutrient, target)
        delta = prev
        step = 0
        while delta > self.tol and step < self.max_steps:
            grad = price - 20.0 * ops.matmul(nutrient.T, ops.relu(target - ops.matmul(nutrient, mix)))
            mix = ops.relu(mix - self.lr * grad)
            mix = mix / mix.sum()
            cur = self.cost(mix, price, nutrient, target)
            delta = ops.abs(prev - cur)
            history.append(cur)
            prev = cur
            step += 1
        return mix, ops.stack(history)


def make():
    np.random.seed(6)
    price = np.random.uniform(0.1, 0.5, (5,)).astype(np.float32)
    nutrient = np.random.uniform(0.0, 1.0, (3, 5)).astype(np.float32)
    target = np.array([0.5, 0.4, 0.3], np.float32)
    return RationOptimiser(), (Tensor(price), Tensor(nutrient), Tensor(target))

# case: MC-dropout with a configured number of stochastic passes, stacked mean/variance and mutual information -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StochasticMLP(nn.Cell):
    def __init__(self, in_dim=6, hidden=16, n_classes=3, p=0.25):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, n_classes)
        self.p = p

    def construct(self, x, seed):
        h = ops.relu(self.fc1(x))
        h = ops.dropout(h, p=self.p, training=True, seed=seed)
        return ops.softmax(self.fc2(h), axis=-1)


def entropy(p, axis=-1):
    return -(p * ops.log(p + 1e-8)).sum(axis)


class MCDropoutUncertainty(nn.Cell):
    def __init__(self, n_samples=5, return_variance=True):
        super().__init__()
        self.model = StochasticMLP()
        self.n_samples = n_samples
        self.return_variance = return_variance

    def construct(self, x):
        samples = [self.model(x, 11 + i) for i in range(self.n_samples)]
        probs = ops.stack(samples)
        mean = probs.mean(0)
        mutual_info = entropy(mean) - entropy(probs).mean(0)
        if self.return_variance:
            return mean, mutual_info, probs.var(0).sum(-1)
        return mean, mutual_info


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return MCDropoutUncertainty(), (x,)

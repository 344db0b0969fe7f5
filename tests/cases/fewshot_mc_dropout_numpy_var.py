# case: MC-dropout uncertainty computes the variance of stacked predictions with NumPy on .asnumpy() -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropoutMLP(nn.Cell):
    def __init__(self, in_dim=6, hidden=16, n_classes=3, p=0.3):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, n_classes)
        self.p = p

    def construct(self, x):
        h = ops.relu(self.fc1(x))
        h = ops.dropout(h, p=self.p, training=True, seed=7)
        return ops.softmax(self.fc2(h), axis=-1)


class MCDropoutEstimator(nn.Cell):
    def __init__(self, n_samples=4):
        super().__init__()
        self.model = DropoutMLP()
        self.n_samples = n_samples

    def construct(self, x):
        preds = ops.stack([self.model(x) for _ in range(self.n_samples)])
        var = Tensor(np.var(preds.asnumpy(), axis=0))
        mean = preds.mean(0)
        return mean, var.sum(-1)


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return MCDropoutEstimator(), (x,)

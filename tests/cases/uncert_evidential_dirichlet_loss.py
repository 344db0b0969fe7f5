# case: evidential classification head with Dirichlet parameters, expected-MSE evidential loss and vacuity uncertainty for one-hot labels -> static tensor arithmetic, should compile static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DirichletHead(nn.Cell):
    def __init__(self, in_dim=10, num_classes=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.num_classes = num_classes

    def evidential_mse(self, alpha, y):
        s = alpha.sum(axis=-1, keepdims=True)
        p = alpha / s
        err = ((y - p) ** 2).sum(axis=-1)
        var = (p * (1 - p) / (s + 1)).sum(axis=-1)
        return (err + var).mean()

    def construct(self, x, labels):
        evidence = ops.relu(self.fc(x))
        alpha = evidence + 1.0
        y = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        loss = self.evidential_mse(alpha, y)
        vacuity = self.num_classes / alpha.sum(axis=-1)
        return loss, vacuity


def make():
    np.random.seed(0)
    head = DirichletHead()
    x = Tensor(np.random.randn(7, 10).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(7,)).astype(np.int32))
    return head, (x, labels)

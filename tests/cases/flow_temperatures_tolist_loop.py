# case: samples at several temperatures given as a tensor, converting it with .tolist() and looping over the Python floats in construct -> host conversion of a tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ConditionalPriorSampler(nn.Cell):
    def __init__(self, dim=4, n=5):
        super().__init__()
        self.dim = dim
        self.n = n
        self.mu = Parameter(Tensor(np.zeros((dim,), np.float32)), name="mu")
        self.log_sigma = Parameter(Tensor(np.full((dim,), -0.3, np.float32)), name="log_sigma")

    def decode(self, eps):
        return self.mu + eps * ops.exp(self.log_sigma)

    def construct(self, temps):
        outs = []
        for t in temps.tolist():
            eps = ops.standard_normal((self.n, self.dim)) * t
            outs.append(self.decode(eps))
        return ops.stack(outs)


def make():
    np.random.seed(28)
    return ConditionalPriorSampler(), (Tensor(np.array([0.5, 0.7, 1.0], np.float32)),)

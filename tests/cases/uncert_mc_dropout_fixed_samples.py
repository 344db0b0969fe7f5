# case: MC-dropout classifier runs a constant number of stochastic passes from a constructor argument, stacks them and returns mean, predictive entropy and variance -> constant loop with static shapes, should compile static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutNet(nn.Cell):
    def __init__(self, in_dim=16, hidden=32, num_classes=5, p=0.25, num_samples=6):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, num_classes)
        self.p = p
        self.num_samples = num_samples

    def sample_probs(self, x):
        h = ops.relu(self.fc1(x))
        h = ops.dropout(h, p=self.p, training=True)
        return ops.softmax(self.fc2(h), axis=-1)

    def construct(self, x):
        samples = []
        for _ in range(self.num_samples):
            samples.append(self.sample_probs(x))
        stacked = ops.stack(samples, axis=0)
        mean = stacked.mean(axis=0)
        entropy = -(mean * ops.log(mean + 1e-8)).sum(axis=-1)
        variance = stacked.var(axis=0).sum(axis=-1)
        return mean, entropy, variance


def make():
    np.random.seed(0)
    net = MCDropoutNet()
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return net, (x,)

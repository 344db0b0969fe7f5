# case: MC-dropout classifier runs T stochastic passes then computes predictive variance with NumPy via .asnumpy() inside construct -> host round trip, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutClassifier(nn.Cell):
    def __init__(self, in_dim=16, hidden=32, num_classes=5, p=0.3, num_samples=8):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, num_classes)
        self.relu = nn.ReLU()
        self.softmax = nn.Softmax(axis=-1)
        self.p = p
        self.num_samples = num_samples

    def stochastic_pass(self, x):
        h = self.relu(self.fc1(x))
        h = ops.dropout(h, p=self.p, training=True)
        return self.softmax(self.fc2(h))

    def construct(self, x):
        probs = []
        for _ in range(self.num_samples):
            probs.append(self.stochastic_pass(x))
        stacked = ops.stack(probs, axis=0)
        arr = stacked.asnumpy()
        mean = arr.mean(axis=0)
        var = arr.var(axis=0).sum(axis=-1)
        return Tensor(mean), Tensor(var)


def make():
    np.random.seed(0)
    net = MCDropoutClassifier()
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return net, (x,)

# case: risk model with Monte-Carlo dropout uncertainty switched by a constructor flag and the Cell training attribute -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutRisk(nn.Cell):
    def __init__(self, n_features=8, hidden=16, p=0.2, mc_samples=4, mc_at_inference=True):
        super().__init__()
        self.fc1 = nn.Dense(n_features, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.dropout = nn.Dropout(p=p)
        self.mc_samples = mc_samples
        self.mc_at_inference = mc_at_inference

    def forward_once(self, x):
        h = ops.relu(self.fc1(x))
        h = ops.dropout(h, p=0.2, training=True) if self.mc_at_inference else self.dropout(h)
        return ops.sigmoid(self.fc2(h)).squeeze(-1)

    def construct(self, x):
        if self.training or not self.mc_at_inference:
            p = self.forward_once(x)
            return p, ops.zeros_like(p)
        samples = ops.stack([self.forward_once(x) for _ in range(self.mc_samples)], 0)
        return samples.mean(0), samples.std(0)


def make():
    np.random.seed(29)
    ms.set_seed(29)
    net = MCDropoutRisk()
    net.set_train(False)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    return net, (x,)

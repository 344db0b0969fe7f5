# case: BALD with MC dropout using a constant number of stochastic passes from the constructor, stacked and reduced -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutNet(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, num_classes=3, p=0.3):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.drop = nn.Dropout(p=p)
        self.fc2 = nn.Dense(hidden, num_classes)

    def construct(self, x):
        return ops.softmax(self.fc2(self.drop(ops.relu(self.fc1(x)))), axis=-1)


class BALDScore(nn.Cell):
    def __init__(self, mc_passes=5, budget=3):
        super().__init__()
        self.net = MCDropoutNet()
        self.net.set_train(True)
        self.mc_passes = mc_passes
        self.budget = budget

    def construct(self, x):
        samples = ops.stack([self.net(x) for _ in range(self.mc_passes)], axis=0)
        mean_p = samples.mean(axis=0)
        h_mean = -(mean_p * ops.log(mean_p + 1e-8)).sum(axis=-1)
        mean_h = -(samples * ops.log(samples + 1e-8)).sum(axis=-1).mean(axis=0)
        bald = h_mean - mean_h
        return ops.topk(bald, self.budget)


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    return BALDScore(), (x,)

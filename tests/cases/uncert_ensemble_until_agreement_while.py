# case: deep ensemble adds member predictions to a list in a while loop until the running disagreement drops below a tolerance, then stacks them -> list length depends on tensor values, Graph mode cannot give a static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Member(nn.Cell):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 16), nn.Tanh(), nn.Dense(16, num_classes)])
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, x):
        return self.softmax(self.net(x))


class AdaptiveEnsemble(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, n_members=4, tol=0.05):
        super().__init__()
        self.members = nn.CellList([Member(in_dim, num_classes) for _ in range(n_members)])
        self.n_members = n_members
        self.tol = tol

    def construct(self, x):
        outs = [self.members[0](x)]
        i = 1
        spread = ops.ones((), ms.float32)
        while spread > self.tol and i < self.n_members:
            outs.append(self.members[i](x))
            stacked = ops.stack(outs, axis=0)
            spread = stacked.std(axis=0).mean()
            i += 1
        return ops.stack(outs, axis=0).mean(axis=0), ops.stack(outs, axis=0)


def make():
    np.random.seed(0)
    net = AdaptiveEnsemble()
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return net, (x,)

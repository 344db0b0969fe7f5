# case: deep ensemble of small MLP sub-Cells in a CellList; loops over members, stacks softmax outputs and returns mean, epistemic variance and member disagreement -> constant loop over CellList, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLPMember(nn.Cell):
    def __init__(self, in_dim, hidden, num_classes):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, num_classes)])

    def construct(self, x):
        return ops.softmax(self.body(x), axis=-1)


class DeepEnsemble(nn.Cell):
    def __init__(self, in_dim=6, hidden=12, num_classes=3, n_members=4):
        super().__init__()
        self.members = nn.CellList([MLPMember(in_dim, hidden, num_classes) for _ in range(n_members)])

    def construct(self, x):
        outs = []
        for member in self.members:
            outs.append(member(x))
        stacked = ops.stack(outs, axis=0)
        mean = stacked.mean(axis=0)
        epistemic = stacked.var(axis=0).sum(axis=-1)
        votes = stacked.argmax(axis=-1)
        disagreement = (votes != mean.argmax(axis=-1).expand_dims(0)).astype(ms.float32).mean(axis=0)
        return mean, epistemic, disagreement


def make():
    np.random.seed(0)
    net = DeepEnsemble()
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return net, (x,)

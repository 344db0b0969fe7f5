# case: ensemble vote diversity computed with ops.unique on the stacked argmax votes of each sample -> unique output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VotingEnsemble(nn.Cell):
    def __init__(self, in_dim=7, num_classes=5, n_members=5):
        super().__init__()
        self.members = nn.CellList([nn.Dense(in_dim, num_classes) for _ in range(n_members)])
        self.n_members = n_members

    def votes(self, x):
        return ops.stack([m(x).argmax(axis=-1) for m in self.members], axis=0)

    def construct(self, x):
        v = self.votes(x)
        distinct, _ = ops.unique(v.reshape(-1))
        n_distinct = ops.cast(ops.size(distinct), ms.float32)
        probs = ops.stack([ops.softmax(m(x), axis=-1) for m in self.members], axis=0).mean(axis=0)
        return probs, distinct, n_distinct


def make():
    np.random.seed(0)
    net = VotingEnsemble()
    x = Tensor(np.random.randn(4, 7).astype(np.float32))
    return net, (x,)

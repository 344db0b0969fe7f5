# case: deep-ensemble disagreement computed by stacking member outputs with np.stack on .asnumpy() -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_member(in_dim, n_classes, hidden):
    return nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_classes)])


class DeepEnsemble(nn.Cell):
    def __init__(self, in_dim=8, n_classes=3, n_members=3, hidden=12):
        super().__init__()
        self.members = nn.CellList([make_member(in_dim, n_classes, hidden) for _ in range(n_members)])
        self.softmax = nn.Softmax(axis=-1)

    def member_probs(self, x):
        outs = []
        for m in self.members:
            outs.append(self.softmax(m(x)).asnumpy())
        return outs

    def construct(self, x):
        probs = np.stack(self.member_probs(x))
        mean = probs.mean(0)
        disagreement = probs.std(0).sum(-1)
        return Tensor(mean), Tensor(disagreement)


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return DeepEnsemble(), (x,)

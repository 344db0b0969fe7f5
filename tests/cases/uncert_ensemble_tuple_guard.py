# case: ensemble wrapper accepts members that return either logits or a (logits, aux) tuple and unpacks with isinstance -> type guard on compile-time Python types, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlainMember(nn.Cell):
    def __init__(self, d, k):
        super().__init__()
        self.fc = nn.Dense(d, k)

    def construct(self, x):
        return self.fc(x)


class AuxMember(nn.Cell):
    def __init__(self, d, k):
        super().__init__()
        self.fc = nn.Dense(d, k)
        self.aux = nn.Dense(d, 1)

    def construct(self, x):
        return self.fc(x), self.aux(x)


class MixedEnsemble(nn.Cell):
    def __init__(self, d=6, k=3):
        super().__init__()
        self.members = nn.CellList([PlainMember(d, k), AuxMember(d, k), PlainMember(d, k)])

    def construct(self, x):
        probs = []
        for m in self.members:
            out = m(x)
            if isinstance(out, tuple):
                out = out[0]
            probs.append(ops.softmax(out, axis=-1))
        p = ops.stack(probs, axis=0)
        return p.mean(axis=0), p.std(axis=0).mean(axis=-1)


def make():
    np.random.seed(0)
    net = MixedEnsemble()
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return net, (x,)

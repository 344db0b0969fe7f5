# case: if any reaction-centre probability exceeds 0.5 return only the top-2 atom rows, else return all atoms -> tensor-valued if with branches of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterAtomSelector(nn.Cell):
    def __init__(self, hidden=8, top=2):
        super().__init__()
        self.score = nn.Dense(hidden, 1)
        self.top = top

    def construct(self, atom_h):
        p = ops.sigmoid(self.score(atom_h)).squeeze(-1)
        if p.max() > 0.5:
            _, idx = ops.topk(p, self.top)
            out = ops.gather(atom_h, idx, 0)
        else:
            out = atom_h
        return out


def make():
    np.random.seed(18)
    atom_h = Tensor(np.random.randn(6, 8).astype(np.float32) * 3)
    return CenterAtomSelector(), (atom_h,)

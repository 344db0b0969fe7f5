# case: product-conditioned reactant encoder accepts either one reactant tensor or a tuple of reactant tensors, branching on isinstance and an optional atom mask tested with is None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReactantSetEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.atom_mlp = nn.Dense(hidden, hidden)
        self.readout = nn.Dense(hidden, hidden)

    def encode_one(self, atoms, mask=None):
        h = ops.relu(self.atom_mlp(atoms))
        if mask is not None:
            h = h * mask.expand_dims(-1)
        return h.sum(axis=0)

    def construct(self, reactants, mask=None):
        if isinstance(reactants, tuple):
            pooled = self.encode_one(reactants[0], mask)
            for r in reactants[1:]:
                pooled = pooled + self.encode_one(r)
        else:
            pooled = self.encode_one(reactants, mask)
        return self.readout(pooled)


def make():
    np.random.seed(39)
    r1 = Tensor(np.random.randn(5, 8).astype(np.float32))
    r2 = Tensor(np.random.randn(3, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 0, 1, 1], np.float32))
    return ReactantSetEncoder(), ((r1, r2), mask)

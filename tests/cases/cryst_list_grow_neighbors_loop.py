# case: loop over atoms and append neighbour distances to a Python list only when they are inside the cutoff, then stack the list -> list grown under tensor conditions, data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighbourShellCounter(nn.Cell):
    def __init__(self, cutoff=2.0, n_atoms=6):
        super().__init__()
        self.cutoff = cutoff
        self.n_atoms = n_atoms

    def construct(self, pos):
        close = []
        for i in range(self.n_atoms):
            for j in range(i + 1, self.n_atoms):
                d = ops.norm(pos[i] - pos[j])
                if d < self.cutoff:
                    close.append(d)
        if len(close) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(close)


def make():
    np.random.seed(10)
    pos = Tensor((np.random.rand(6, 3) * 2.5).astype(np.float32))
    return NeighbourShellCounter(), (pos,)

# case: look up electronegativity and covalent radius for each atom from a constant element-property tensor built in __init__, gathered by atomic number -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ELEMENT_TABLE = {1: (2.20, 0.31), 3: (0.98, 1.28), 8: (3.44, 0.66), 14: (1.90, 1.11), 26: (1.83, 1.32)}


class ElementFeaturizer(nn.Cell):
    def __init__(self, max_z=40, out_dim=4):
        super().__init__()
        table = np.zeros((max_z, 2), np.float32)
        for z, props in ELEMENT_TABLE.items():
            table[z] = props
        self.table = Tensor(table)
        self.proj = nn.Dense(2, out_dim)

    def construct(self, atomic_numbers):
        props = ops.gather(self.table, atomic_numbers, 0)
        en = props[:, 0]
        ionicity = en.max() - en.min()
        h = ops.tanh(self.proj(props))
        return h, ionicity


def make():
    np.random.seed(38)
    z = Tensor(np.array([3, 26, 14, 8, 8, 8, 8], np.int32))
    return ElementFeaturizer(), (z,)

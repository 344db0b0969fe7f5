# case: validity check builds a Python dict of atom valences keyed by element ids read from tensors and mutates it per bond -> Python dict keyed by tensor values in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_VALENCE = {6: 4, 7: 3, 8: 2, 9: 1}


class ValenceChecker(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, elements, bond_orders):
        used = {}
        n = elements.shape[0]
        for i in range(n):
            used[i] = bond_orders[i].sum()
        ok = Tensor(True)
        for i in range(n):
            limit = MAX_VALENCE[int(elements[i])]
            ok = ops.logical_and(ok, used[i] <= limit)
        return ok


def make():
    np.random.seed(14)
    elements = Tensor(np.array([6, 6, 8, 7, 6], dtype=np.int32))
    b = np.zeros((5, 5), np.float32)
    for i, j, o in [(0, 1, 1), (1, 2, 2), (1, 3, 1), (3, 4, 1)]:
        b[i, j] = b[j, i] = o
    return ValenceChecker(), (elements, Tensor(b))

# case: generate plain hunt changes on a fixed number of bells by alternating swap permutations in a loop over range(2 * n_bells) -> constant loop with gather, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def swap_perm(n, start):
    p = list(range(n))
    for i in range(start, n - 1, 2):
        p[i], p[i + 1] = p[i + 1], p[i]
    return p


class PlainHunt(nn.Cell):
    def __init__(self, n_bells=6):
        super().__init__()
        self.n_bells = n_bells
        self.cross = Tensor(swap_perm(n_bells, 0), ms.int32)
        self.place = Tensor(swap_perm(n_bells, 1), ms.int32)

    def construct(self, rounds):
        row = rounds
        rows = [row]
        for i in range(2 * self.n_bells):
            perm = self.cross if i % 2 == 0 else self.place
            row = ops.gather(row, perm, 0)
            rows.append(row)
        return ops.stack(rows)


def make():
    return PlainHunt(), (Tensor(np.arange(1, 7, dtype=np.int32)),)

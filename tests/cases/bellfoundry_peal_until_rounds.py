# case: ring plain hunt changes until the row comes back to rounds, appending each row to a list and stacking at the end -> loop count and list length from tensor values, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def swap_perm(n, start):
    p = list(range(n))
    for i in range(start, n - 1, 2):
        p[i], p[i + 1] = p[i + 1], p[i]
    return p


class PlainHuntToRounds(nn.Cell):
    def __init__(self, n_bells=6):
        super().__init__()
        self.cross = Tensor(swap_perm(n_bells, 0), ms.int32)
        self.place = Tensor(swap_perm(n_bells, 1), ms.int32)

    def construct(self, rounds):
        row = ops.gather(rounds, self.cross, 0)
        rows = [rounds, row]
        parity = 1
        while not ops.equal(row, rounds).all():
            perm = self.place if parity == 1 else self.cross
            row = ops.gather(row, perm, 0)
            rows.append(row)
            parity = 1 - parity
        return ops.stack(rows)


def make():
    return PlainHuntToRounds(), (Tensor(np.arange(1, 7, dtype=np.int32)),)

# case: ring a touch whose number of leads is read from the conductor's call tensor with int(), looping over range of it -> loop count from tensor data, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TouchRinger(nn.Cell):
    def __init__(self, lead_perm=(1, 3, 0, 5, 2, 4)):
        super().__init__()
        self.lead_perm = Tensor(list(lead_perm), ms.int32)

    def lead_end(self, row):
        return ops.gather(row, self.lead_perm, 0)

    def construct(self, rounds, n_leads):
        row = rounds
        lead_ends = []
        for _ in range(int(n_leads)):
            row = self.lead_end(row)
            lead_ends.append(row)
        return ops.stack(lead_ends)


def make():
    return TouchRinger(), (Tensor(np.arange(1, 7, dtype=np.int32)), Tensor(np.int32(5)))

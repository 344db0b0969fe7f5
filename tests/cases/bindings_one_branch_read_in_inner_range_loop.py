# case: a name bound under `if flag:` in an outer loop's body and read under another test inside an inner loop over a config range (one unbound name: one finding)
import mindspore as ms
from mindspore import nn, ops


class Enc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reps = [1, 2]
        self.blocks = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 4)])

    def construct(self, x):
        for i, blk in enumerate(self.blocks):
            flag = x.shape[1] > 2 and i > 0
            if flag:
                pooled = blk(x)
            for j in range(self.reps[i]):
                q = pooled if j == 0 and flag else x
                x = blk(q)
        return x


def make():
    return Enc(), (ops.ones((2, 4), ms.float32),)

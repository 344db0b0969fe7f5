# case: near miss: the same loops, with the name bound on both paths of the outer body before the inner loop reads it
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
            pooled = x
            if flag:
                pooled = blk(x)
            for j in range(self.reps[i]):
                q = pooled if j == 0 and flag else x
                x = blk(q)
        return x


def make():
    return Enc(), (ops.ones((2, 4), ms.float32),)

# case: a list seeded with the first row grows in a for loop over range(5), left by a tensor break before the append; stacked after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, rows):
        kept = [rows[0]]
        for i in range(1, 5):
            if rows[i].sum() < 0.8:
                break
            kept.append(rows[i])
        return ops.stack(kept)


def make():
    np.random.seed(14)
    return Net(), (Tensor(np.random.rand(6, 3).astype(np.float32)),)

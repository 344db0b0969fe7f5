# case: an empty list grows in a while loop bounded by the row count, left by a tensor break before the append; stacked after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, rows):
        kept = []
        i = 0
        while i < rows.shape[0]:
            if rows[i].sum() < 0.8:
                break
            kept.append(rows[i])
            i += 1
        return ops.stack(kept)


def make():
    np.random.seed(14)
    return Net(), (Tensor(np.random.rand(6, 3).astype(np.float32)),)

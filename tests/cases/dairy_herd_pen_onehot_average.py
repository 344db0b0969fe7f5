# case: herd summary averages milk yield per pen via a one-hot matrix with a pen count from the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenAverages(nn.Cell):
    def __init__(self, n_pens=4):
        super().__init__()
        self.n_pens = n_pens
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, pen_index, milk_kg):
        onehot = ops.one_hot(pen_index, self.n_pens, self.on, self.off)
        totals = ops.matmul(milk_kg.expand_dims(0), onehot).squeeze(0)
        counts = onehot.sum(axis=0)
        avg = totals / ops.maximum(counts, ops.ones_like(counts))
        herd_avg = milk_kg.mean()
        return avg, avg - herd_avg


def make():
    np.random.seed(11)
    pen_index = np.random.randint(0, 4, size=20).astype(np.int32)
    milk = np.random.uniform(20.0, 42.0, (20,)).astype(np.float32)
    return PenAverages(), (Tensor(pen_index), Tensor(milk))

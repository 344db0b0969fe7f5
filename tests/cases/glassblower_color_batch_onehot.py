# case: per-batch gather weight totals for a known catalogue of frit batch codes using one-hot and matmul -> static, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_FRIT_CODES = 5


class FritBatchTotals(nn.Cell):
    def __init__(self, n_codes=N_FRIT_CODES):
        super().__init__()
        self.n_codes = n_codes

    def construct(self, batch_codes, gather_grams):
        onehot = ops.one_hot(batch_codes, self.n_codes,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        totals = ops.matmul(gather_grams.reshape(1, -1), onehot).reshape(-1)
        counts = onehot.sum(axis=0)
        return totals, totals / ops.clamp(counts, min=1.0)


def make():
    np.random.seed(72)
    codes = np.random.randint(0, N_FRIT_CODES, size=(30,)).astype(np.int32)
    grams = np.random.uniform(200.0, 900.0, size=(30,)).astype(np.float32)
    return FritBatchTotals(), (Tensor(codes), Tensor(grams))

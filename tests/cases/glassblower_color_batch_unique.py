# case: count distinct colour-frit batch codes used across a shift's gathers with ops.unique and average weight per batch -> unique gives data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FritBatchSummary(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, batch_codes, gather_grams):
        codes, inverse = ops.unique(batch_codes)
        n_batches = codes.shape[0]
        per_batch = ops.unsorted_segment_sum(gather_grams, inverse, n_batches)
        return per_batch / n_batches


def make():
    np.random.seed(71)
    codes = np.random.randint(0, 5, size=(30,)).astype(np.int32)
    grams = np.random.uniform(200.0, 900.0, size=(30,)).astype(np.float32)
    return FritBatchSummary(), (Tensor(codes), Tensor(grams))

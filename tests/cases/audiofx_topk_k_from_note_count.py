# case: polyphonic pitch picker keeps the k strongest salience bins where k = int(estimated polyphony tensor) -> error (topk k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolyphonyEstimator(nn.Cell):
    def __init__(self, n_bins=24):
        super().__init__()
        self.head = nn.Dense(n_bins, 1)

    def construct(self, salience):
        return ops.clamp(ops.round(ops.relu(self.head(salience)).squeeze(-1) * 4.0), 1.0, 6.0)


class MultiPitchPicker(nn.Cell):
    def __init__(self, n_bins=24):
        super().__init__()
        self.poly = PolyphonyEstimator(n_bins)

    def construct(self, salience):
        k = int(self.poly(salience)[0])
        values, bins = ops.topk(salience[0], k)
        return values, bins


def make():
    np.random.seed(14)
    sal = Tensor(np.random.rand(1, 24).astype(np.float32))
    return MultiPitchPicker(), (sal,)

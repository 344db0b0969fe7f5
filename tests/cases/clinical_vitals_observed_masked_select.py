# case: irregular vitals encoder that normalises with statistics over observed entries gathered by masked_select -> dynamic shape at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VitalsNormalizer(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def observed_stats(self, values, mask):
        observed = ops.masked_select(values, mask.astype(ms.bool_))
        mean = observed.mean()
        std = ops.sqrt(((observed - mean) ** 2).mean() + self.eps)
        return mean, std

    def construct(self, values, mask):
        mean, std = self.observed_stats(values, mask)
        return (values - mean) / std * mask


class IrregularVitalsEncoder(nn.Cell):
    def __init__(self, n_vitals=5, hidden=16):
        super().__init__()
        self.norm = VitalsNormalizer()
        self.proj = nn.Dense(n_vitals * 2 + 1, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def construct(self, values, mask, deltas):
        v = self.norm(values, mask)
        x = ops.concat([v, mask, deltas.expand_dims(-1)], axis=-1)
        out, _ = self.rnn(ops.tanh(self.proj(x)))
        return out[:, -1]


def make():
    np.random.seed(2)
    values = Tensor(np.random.randn(3, 7, 5).astype(np.float32))
    mask = Tensor((np.random.rand(3, 7, 5) > 0.3).astype(np.float32))
    deltas = Tensor(np.random.rand(3, 7).astype(np.float32))
    return IrregularVitalsEncoder(), (values, mask, deltas)

# case: odour descriptor predictor caches the latest embedding and call counter on self inside construct for later inspection -> writes to self attributes in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OdourPredictor(nn.Cell):
    def __init__(self, n_bits=256, hidden=48, n_desc=12):
        super().__init__()
        self.embed = nn.SequentialCell([nn.Dense(n_bits, hidden), nn.Tanh()])
        self.head = nn.Dense(hidden, n_desc)
        self.last_embedding = None
        self.n_calls = 0

    def construct(self, fp):
        h = self.embed(fp)
        self.last_embedding = h
        self.n_calls = self.n_calls + 1
        return ops.sigmoid(self.head(h))


def make():
    np.random.seed(111)
    fp = Tensor((np.random.rand(5, 256) > 0.9).astype(np.float32))
    return OdourPredictor(), (fp,)

# case: global forecaster looks up embeddings once per distinct series id using ops.unique then scatters back -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeriesIdEncoder(nn.Cell):
    def __init__(self, num_series=32, dim=8):
        super().__init__()
        self.table = nn.Embedding(num_series, dim)
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.Tanh()])

    def construct(self, series_ids):
        # many windows come from the same series: encode each series once
        uniq, inverse = ops.unique(series_ids)
        enc = self.mlp(self.table(uniq))
        return ops.gather(enc, inverse, 0)


class GlobalForecaster(nn.Cell):
    def __init__(self, lookback=12, horizon=3, dim=8):
        super().__init__()
        self.ids = SeriesIdEncoder(dim=dim)
        self.head = nn.Dense(lookback + dim, horizon)

    def construct(self, history, series_ids):
        emb = self.ids(series_ids)
        return self.head(ops.concat((history, emb), axis=-1))


def make():
    np.random.seed(3)
    history = Tensor(np.random.randn(6, 12).astype(np.float32))
    ids = Tensor(np.array([4, 4, 9, 1, 9, 4], dtype=np.int32))
    return GlobalForecaster(), (history, ids)

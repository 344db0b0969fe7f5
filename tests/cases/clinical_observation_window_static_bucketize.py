# case: model that keeps the last `window` hourly steps by a config slice and embeds time gaps bucketized by searchsorted on fixed boundaries -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeGapEmbedding(nn.Cell):
    def __init__(self, boundaries=(0.5, 1.0, 2.0, 4.0, 8.0, 24.0), dim=6):
        super().__init__()
        self.boundaries = Tensor(np.array(boundaries, np.float32))
        self.embed = nn.Embedding(len(boundaries) + 1, dim)

    def construct(self, gaps):
        bucket = ops.searchsorted(self.boundaries, gaps, right=True)
        return self.embed(bucket.astype(ms.int32))


class HourlyWindowModel(nn.Cell):
    def __init__(self, n_vars=4, window=12, dim=6):
        super().__init__()
        self.window = window
        self.gap_embed = TimeGapEmbedding(dim=dim)
        self.fc = nn.Dense(n_vars + dim, 1)

    def construct(self, hourly, gaps):
        hourly = hourly[:, -self.window:]
        gaps = gaps[:, -self.window:]
        x = ops.concat((hourly, self.gap_embed(gaps)), -1)
        return ops.sigmoid(self.fc(x).squeeze(-1).mean(1))


def make():
    np.random.seed(34)
    hourly = Tensor(np.random.randn(2, 20, 4).astype(np.float32))
    gaps = Tensor((np.random.rand(2, 20) * 30).astype(np.float32))
    return HourlyWindowModel(), (hourly, gaps)

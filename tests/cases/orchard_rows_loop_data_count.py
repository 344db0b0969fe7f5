# case: forecast yield row by row for as many rows as the scout marked ready, using range(int(tensor)) and collecting rows in a list -> loop count from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadyRowsForecast(nn.Cell):
    def __init__(self, n_features=4):
        super().__init__()
        self.head = nn.Dense(n_features, 1)

    def row_kg(self, row):
        return self.head(row).sum()

    def construct(self, orchard_feats, rows_ready):
        # orchard_feats: (rows, trees, features)
        per_row = []
        for r in range(int(rows_ready)):
            per_row.append(self.row_kg(orchard_feats[r]))
        return ops.stack(per_row)


def make():
    np.random.seed(121)
    feats = Tensor(np.random.rand(8, 10, 4).astype(np.float32))
    return ReadyRowsForecast(), (feats, Tensor(5, ms.int32))

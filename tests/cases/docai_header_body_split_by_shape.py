# case: split table row features into header and body using a row count taken from x.shape and a constructor argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaderBodyEncoder(nn.Cell):
    def __init__(self, dim=8, header_rows=1):
        super().__init__()
        self.header_rows = header_rows
        self.header_fc = nn.Dense(dim, dim)
        self.body_fc = nn.Dense(dim, dim)

    def construct(self, row_feats):
        n_rows = row_feats.shape[0]
        header = row_feats[:self.header_rows]
        body = row_feats[self.header_rows:n_rows]
        header_ctx = self.header_fc(header).mean(axis=0, keep_dims=True)
        body_out = self.body_fc(body) + header_ctx
        return ops.concat([header, body_out], axis=0)


def make():
    np.random.seed(33)
    return HeaderBodyEncoder(), (Tensor(np.random.randn(7, 8).astype(np.float32)),)

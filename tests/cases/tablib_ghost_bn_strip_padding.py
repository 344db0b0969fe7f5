# case: ghost batch norm strips padded rows first (x[:n_valid] with n_valid = int(row_mask.sum())) and chunks the rest -> Graph mode rejects or goes dynamic on the data-derived length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GBNConfig:
    virtual_batch_size = 4
    momentum = 0.02
    drop_padding = True


class _PaddingMixin:
    def _strip_padding(self, x, row_mask):
        if row_mask is None or not self.drop_padding:
            return x
        n_valid = int(row_mask.astype(ms.int32).sum())
        return x[:n_valid]


class GhostBatchNorm(nn.Cell, _PaddingMixin):
    def __init__(self, n_features, config=GBNConfig):
        super().__init__()
        self.vbs = config.virtual_batch_size
        self.drop_padding = config.drop_padding
        self.bn = nn.BatchNorm1d(n_features, momentum=1.0 - config.momentum)

    def construct(self, x, row_mask=None):
        x = self._strip_padding(x, row_mask)
        n = x.shape[0]
        outs = []
        for start in range(0, n, self.vbs):
            outs.append(self.bn(x[start:start + self.vbs]))
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(20)
    net = GhostBatchNorm(6)
    net.set_train(True)
    x = Tensor(np.random.randn(12, 6).astype(np.float32))
    row_mask = Tensor(np.array([1] * 9 + [0] * 3, np.bool_))
    return net, (x, row_mask)

# case: tabular model drops numeric columns that are entirely missing in the batch by boolean-mask column indexing before normalising -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchColumnFilter(nn.Cell):
    def __init__(self, drop_all_missing=True, eps=1e-5):
        super().__init__()
        self.drop_all_missing = drop_all_missing
        self.eps = eps

    def construct(self, x):
        nan_mask = ops.isnan(x)
        if self.drop_all_missing:
            keep = ops.logical_not(nan_mask.all(axis=0))
            x = x[:, keep]
            nan_mask = nan_mask[:, keep]
        x = ops.where(ops.isnan(x), ops.zeros_like(x), x)
        count = ops.logical_not(nan_mask).astype(ms.float32).sum(axis=0).clip(1.0, None)
        mean = x.sum(axis=0) / count
        var = ((x - mean) ** 2).sum(axis=0) / count
        return (x - mean) / ops.sqrt(var + self.eps)


class TabularScore(nn.Cell):
    def __init__(self):
        super().__init__()
        self.filter = BatchColumnFilter()

    def construct(self, x):
        z = self.filter(x)
        return z.mean(axis=1)


def make():
    np.random.seed(19)
    x = np.random.randn(6, 5).astype(np.float32)
    x[:, 3] = np.nan
    x[2, 1] = np.nan
    return TabularScore(), (Tensor(x),)

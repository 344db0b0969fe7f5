# case: multi-temporal encoder averages only the first n valid acquisitions, with n from the date-validity mask, gathering them via ops.arange(n) -> gather length from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalConfig:
    max_dates = 6
    channels = 4
    pool = "mean"


class ValidDatePooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_dates = config.max_dates
        self.pool = getattr(config, "pool", "mean")

    def _valid_index(self, date_mask):
        n_valid = date_mask.astype(ms.int32).sum()
        return ops.arange(0, n_valid, 1)

    def construct(self, series, date_mask):
        idx = self._valid_index(date_mask)
        picked = ops.gather(series, idx, 0)
        if self.pool == "mean":
            return picked.mean(axis=0)
        return picked.max(axis=0)


def make():
    np.random.seed(25)
    series = Tensor(np.random.rand(6, 4, 8, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 0, 0], np.int32))
    return ValidDatePooling(TemporalConfig()), (series, mask)

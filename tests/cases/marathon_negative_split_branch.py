# case: negative-split check: if the second half was faster, return only the second-half splits, otherwise the full split vector -> tensor condition with branches of different shapes, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NegativeSplitReport(nn.Cell):
    def __init__(self, n_splits=42):
        super().__init__()
        self.half = n_splits // 2

    def half_times(self, splits):
        return splits[:self.half].sum(), splits[self.half:].sum()

    def construct(self, splits):
        first, second = self.half_times(splits)
        if second < first:
            report = splits[self.half:]
        else:
            report = splits
        return report * 1.0


def make():
    np.random.seed(151)
    s = np.r_[np.random.normal(305, 5, 21), np.random.normal(298, 5, 21)].astype(np.float32)
    return NegativeSplitReport(), (Tensor(s),)

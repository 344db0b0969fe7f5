# case: Bornhuetter-Ferguson reserve combining an a-priori loss ratio with reported-to-date percentages from CDFs -> static elementwise arithmetic in a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentReported(nn.Cell):
    def construct(self, cdf):
        return 1.0 / cdf


class BFReserve(nn.Cell):
    def __init__(self, apriori_lr=0.68):
        super().__init__()
        self.apriori_lr = apriori_lr
        self.pct = PercentReported()

    def construct(self, earned_premium, reported, cdf_by_origin):
        expected_ult = earned_premium * self.apriori_lr
        unreported = 1.0 - self.pct(cdf_by_origin)
        ibnr = expected_ult * unreported
        ultimate = reported + ibnr
        return ibnr, ultimate, ultimate / earned_premium


def make():
    np.random.seed(37)
    ep = Tensor(np.random.uniform(8000, 12000, size=(6,)).astype(np.float32))
    rep = Tensor(np.random.uniform(3000, 7000, size=(6,)).astype(np.float32))
    cdf = Tensor(np.array([1.01, 1.04, 1.1, 1.25, 1.6, 2.4], np.float32))
    return BFReserve(), (ep, rep, cdf)

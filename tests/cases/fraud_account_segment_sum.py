# case: sums transaction amounts and risk per account with unsorted_segment_sum where num_segments is a constructor constant -> output size fixed, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AccountAggregator(nn.Cell):
    def __init__(self, n_accounts=6):
        super().__init__()
        self.n_accounts = n_accounts

    def construct(self, values, account_ids):
        return ops.unsorted_segment_sum(values, account_ids, self.n_accounts)


class AccountExposureModel(nn.Cell):
    def __init__(self, feat_dim=5, n_accounts=6):
        super().__init__()
        self.txn_scorer = nn.Dense(feat_dim, 1)
        self.agg = AccountAggregator(n_accounts)

    def construct(self, feats, amounts, account_ids):
        risk = ops.sigmoid(self.txn_scorer(feats)).squeeze(-1)
        exposure = self.agg(risk * amounts, account_ids)
        volume = self.agg(amounts, account_ids)
        counts = self.agg(ops.ones_like(amounts), account_ids)
        return exposure / ops.clamp(volume, min=1.0), counts


def make():
    np.random.seed(34)
    feats = Tensor(np.random.randn(20, 5).astype(np.float32))
    amounts = Tensor((np.random.rand(20) * 300).astype(np.float32))
    account_ids = Tensor(np.random.randint(0, 6, size=20).astype(np.int32))
    return AccountExposureModel(), (feats, amounts, account_ids)

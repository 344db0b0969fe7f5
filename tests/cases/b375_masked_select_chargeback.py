# case: chargeback statistics for a risk head computed with ops.masked_select over the padded batch (mean/std of disputed amounts) -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHARGEBACK_CODE = 4
STD_EPS = 1e-6


def masked_moments(values, mask):
    sel = ops.masked_select(values, mask)
    mu = sel.mean()
    sigma = ops.sqrt(((sel - mu) ** 2).mean() + STD_EPS)
    return mu, sigma


class ChargebackConfig:
    def __init__(self, use_dispute_stats=True, log_amounts=True):
        self.use_dispute_stats = use_dispute_stats
        self.log_amounts = log_amounts


class ChargebackHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_dispute_stats = config.use_dispute_stats
        self.log_amounts = config.log_amounts
        self.head = nn.Dense(3 if config.use_dispute_stats else 1, 1)

    def construct(self, amounts, reason_codes, txn_mask):
        if self.log_amounts:
            amounts = ops.log1p(amounts)
        base = (amounts * txn_mask).sum(axis=1, keepdims=True) / txn_mask.sum(axis=1, keepdims=True)
        if not self.use_dispute_stats:
            return self.head(base)
        is_cb = ops.logical_and(reason_codes == CHARGEBACK_CODE, txn_mask > 0)
        mu, sigma = masked_moments(amounts, is_cb)
        stats = ops.tile(ops.stack([mu, sigma]).reshape(1, 2), (amounts.shape[0], 1))
        return self.head(ops.concat((base, stats), axis=1))


def make():
    np.random.seed(3753)
    amounts = (np.abs(np.random.randn(6, 12)) * 80).astype(np.float32)
    codes = np.random.randint(0, 6, size=(6, 12)).astype(np.int32)
    codes[0, 1] = CHARGEBACK_CODE
    mask = np.ones((6, 12), np.float32)
    mask[:, 9:] = 0.0
    return ChargebackHead(ChargebackConfig()), (Tensor(amounts), Tensor(codes), Tensor(mask))

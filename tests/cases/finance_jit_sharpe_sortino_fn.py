# case: @ms.jit function computing rolling-free Sharpe/Sortino/Calmar with axis and periods as Python constants -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

PERIODS = 252
EPS = 1e-8


def _downside_dev(excess):
    neg = ops.minimum(excess, 0.0)
    return ops.sqrt((neg * neg).mean(axis=-1))


def _max_drawdown(returns):
    equity = ops.cumprod(1.0 + returns, dim=-1)
    peak, _ = ops.cummax(equity, axis=-1)
    return (1.0 - equity / peak).max(axis=-1)


@ms.jit
def performance_ratios(returns, risk_free):
    excess = returns - risk_free / PERIODS
    ann_ret = excess.mean(axis=-1) * PERIODS
    ann_vol = excess.std(axis=-1) * (PERIODS ** 0.5)
    sharpe = ann_ret / (ann_vol + EPS)
    sortino = ann_ret / (_downside_dev(excess) * (PERIODS ** 0.5) + EPS)
    calmar = ann_ret / (_max_drawdown(returns) + EPS)
    return ops.stack((sharpe, sortino, calmar), axis=-1)


def make():
    np.random.seed(34)
    r = (0.0004 + 0.01 * np.random.randn(4, 100)).astype(np.float32)
    return performance_ratios, (Tensor(r), Tensor(0.02, ms.float32))

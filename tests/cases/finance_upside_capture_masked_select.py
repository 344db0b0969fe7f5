# case: upside/downside capture ratios using masked_select on benchmark up-days -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CaptureRatios(nn.Cell):
    """Upside and downside capture of a fund against its benchmark."""

    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def _conditional_mean(self, values, cond):
        picked = ops.masked_select(values, cond)
        return picked.sum() / (picked.shape[0] + self.eps)

    def construct(self, fund_returns, bench_returns):
        up = bench_returns > 0
        down = bench_returns < 0
        up_capture = self._conditional_mean(fund_returns, up) / (
            self._conditional_mean(bench_returns, up) + self.eps)
        down_capture = self._conditional_mean(fund_returns, down) / (
            self._conditional_mean(bench_returns, down) - self.eps)
        return up_capture, down_capture


def make():
    np.random.seed(1)
    bench = (0.01 * np.random.randn(60)).astype(np.float32)
    fund = (1.1 * bench + 0.002 * np.random.randn(60)).astype(np.float32)
    return CaptureRatios(), (Tensor(fund), Tensor(bench))

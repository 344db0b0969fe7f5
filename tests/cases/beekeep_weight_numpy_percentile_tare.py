# case: computes each hive's low weight baseline with np.percentile on .asnumpy() inside construct to report the daily peak above it -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NectarFlowHead(nn.Cell):
    """Nectar flow (kg/day) from a 24 h hive-weight trace, plus the peak above the low baseline."""

    def __init__(self, length=24, base_pct=10):
        super().__init__()
        self.base_pct = base_pct
        self.fc = nn.Dense(length, 1)

    def baseline(self, trace):
        arr = trace.asnumpy()
        base = np.percentile(arr, self.base_pct, axis=1)
        return Tensor(base.astype(np.float32))

    def construct(self, trace):
        flow = self.fc(trace - trace[:, :1])
        peak_above = trace.max(axis=1) - self.baseline(trace)
        return flow, peak_above


def make():
    np.random.seed(16)
    trace = (40.0 + np.cumsum(np.random.randn(3, 24) * 0.05, axis=1)).astype(np.float32)
    return NectarFlowHead(), (Tensor(trace),)

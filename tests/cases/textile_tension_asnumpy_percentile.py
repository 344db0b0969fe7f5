# case: score yarn tension anomalies against the 95th percentile computed with numpy on .asnumpy() inside construct -> host round trip in graph mode errors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileAnomaly(nn.Cell):
    def __init__(self, q=95.0):
        super().__init__()
        self.q = q
        self.smooth = nn.Conv1d(1, 1, 5, pad_mode="same", has_bias=False, weight_init="ones")

    def construct(self, trace):
        smoothed = self.smooth(trace.reshape(1, 1, -1)).reshape(-1) / 5.0
        limit = np.percentile(smoothed.asnumpy(), self.q)
        score = ops.relu(smoothed - Tensor(limit, ms.float32))
        return score


def make():
    np.random.seed(9)
    trace = Tensor((11.0 + np.random.randn(50)).astype(np.float32))
    return PercentileAnomaly(), (trace,)

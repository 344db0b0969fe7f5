# case: radar traces whose peak amplitude exceeds a crevasse threshold are appended to a list in a fixed loop and stacked -> list length depends on tensor conditions, error or dynamic in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlaggedTraceStack(nn.Cell):
    def __init__(self, n_traces=6, threshold=2.5):
        super().__init__()
        self.n_traces = n_traces
        self.threshold = threshold

    def peak(self, trace):
        return ops.abs(trace).max()

    def construct(self, traces):
        flagged = []
        for i in range(self.n_traces):
            if self.peak(traces[i]) > self.threshold:
                flagged.append(traces[i])
        if len(flagged) == 0:
            return ops.zeros((1, traces.shape[1]), traces.dtype)
        return ops.stack(flagged)


def make():
    np.random.seed(6)
    tr = np.random.randn(6, 32).astype(np.float32)
    tr[2, 10] = 4.0
    tr[4, 20] = -3.5
    return FlaggedTraceStack(), (Tensor(tr),)

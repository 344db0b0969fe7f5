# case: if the max anomaly score of a window is high, return only the first 3 flow features for fast triage, otherwise return all features -> branches on tensor value return different shapes, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TriageRouter(nn.Cell):
    def __init__(self, num_features=6, fast_dims=3, high_severity=0.8):
        super().__init__()
        self.scorer = nn.Dense(num_features, 1)
        self.fast_dims = fast_dims
        self.high_severity = high_severity

    def construct(self, flows):
        severity = ops.sigmoid(self.scorer(flows)).max()
        if severity > self.high_severity:
            out = flows[:, :self.fast_dims]
        else:
            out = flows
        return out * 2.0


def make():
    np.random.seed(9)
    flows = Tensor(np.random.randn(7, 6).astype(np.float32))
    return TriageRouter(), (flows,)

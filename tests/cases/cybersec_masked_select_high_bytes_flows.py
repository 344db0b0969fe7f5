# case: pick the byte counts of flows whose anomaly score exceeds a threshold with masked_select, then average them -> dynamic-shape op (masked_select), dynamic shape in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowAnomalyFilter(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold
        self.norm = nn.LayerNorm((5,))
        self.head = nn.Dense(5, 1)

    def score(self, flows):
        return ops.sigmoid(self.head(self.norm(flows))).squeeze(-1)

    def construct(self, flows, bytes_out):
        scores = self.score(flows)
        mask = scores > self.threshold
        suspicious_bytes = ops.masked_select(bytes_out, mask)
        total = suspicious_bytes.sum()
        count = suspicious_bytes.shape[0]
        return total / (count + 1e-6)


def make():
    np.random.seed(2)
    flows = Tensor(np.random.randn(20, 5).astype(np.float32))
    bytes_out = Tensor(np.random.randint(100, 5000, size=(20,)).astype(np.float32))
    return FlowAnomalyFilter(), (flows, bytes_out)

# case: average the byte counts of flows above an anomaly threshold using ops.where and a mask sum instead of selecting them -> static shapes
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
        kept = ops.where(mask, bytes_out, ops.zeros_like(bytes_out))
        count = mask.astype(ms.float32).sum()
        return kept.sum() / (count + 1e-6)


def make():
    np.random.seed(2)
    flows = Tensor(np.random.randn(20, 5).astype(np.float32))
    bytes_out = Tensor(np.random.randint(100, 5000, size=(20,)).astype(np.float32))
    return FlowAnomalyFilter(), (flows, bytes_out)

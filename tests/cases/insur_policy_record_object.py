# case: build a plain Python PolicySummary object inside construct, set fields from tensors and return it -> custom Python object created and returned in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicySummary:
    def __init__(self):
        self.total_incurred = None
        self.claim_count = None
        self.flags = []


class SummaryBuilder(nn.Cell):
    def __init__(self, large_loss=10000.0):
        super().__init__()
        self.large_loss = large_loss

    def construct(self, claims):
        summary = PolicySummary()
        summary.total_incurred = claims.sum()
        summary.claim_count = (claims > 0).astype(ms.int32).sum()
        summary.flags.append(claims.max() > self.large_loss)
        return summary.total_incurred, summary.claim_count, summary.flags[0]


def make():
    np.random.seed(25)
    c = Tensor(np.random.lognormal(8.0, 1.0, size=(7,)).astype(np.float32))
    return SummaryBuilder(), (c,)

# case: convert source IP ids to numpy inside construct to check them against a Python whitelist set, then zero out whitelisted scores -> host round trip (.asnumpy) in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WhitelistFilter(nn.Cell):
    def __init__(self, trusted_ips=(10, 11, 42)):
        super().__init__()
        self.trusted = set(trusted_ips)

    def construct(self, src_ips, scores):
        ips_np = src_ips.asnumpy()
        keep = np.array([0.0 if ip in self.trusted else 1.0 for ip in ips_np], dtype=np.float32)
        return scores * Tensor(keep)


class IntrusionScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 1)
        self.whitelist = WhitelistFilter()

    def construct(self, flows, src_ips):
        scores = ops.sigmoid(self.fc(flows)).squeeze(-1)
        return self.whitelist(src_ips, scores)


def make():
    np.random.seed(7)
    flows = Tensor(np.random.randn(8, 4).astype(np.float32))
    ips = Tensor(np.array([10, 3, 42, 7, 11, 99, 5, 10], dtype=np.int32))
    return IntrusionScorer(), (flows, ips)

# case: zero out scores of whitelisted source IPs by comparing against a whitelist tensor built in __init__ and reducing with any -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WhitelistFilter(nn.Cell):
    def __init__(self, trusted_ips=(10, 11, 42)):
        super().__init__()
        self.trusted = Tensor(np.array(sorted(trusted_ips), dtype=np.int32))

    def construct(self, src_ips, scores):
        match = ops.equal(src_ips.reshape(-1, 1), self.trusted.reshape(1, -1))
        trusted = match.any(axis=1)
        return ops.select(trusted, ops.zeros_like(scores), scores)


class IntrusionScorer(nn.Cell):
    def __init__(self, use_whitelist=True):
        super().__init__()
        self.fc = nn.Dense(4, 1)
        self.use_whitelist = use_whitelist
        self.whitelist = WhitelistFilter()

    def construct(self, flows, src_ips):
        scores = ops.sigmoid(self.fc(flows)).squeeze(-1)
        if self.use_whitelist:
            scores = self.whitelist(src_ips, scores)
        return scores


def make():
    np.random.seed(7)
    flows = Tensor(np.random.randn(8, 4).astype(np.float32))
    ips = Tensor(np.array([10, 3, 42, 7, 11, 99, 5, 10], dtype=np.int32))
    return IntrusionScorer(), (flows, ips)

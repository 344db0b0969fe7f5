# case: an intrusion scorer whose construct takes an optional whitelist mask, skipping it with `is None` and an isinstance guard on a per-call temperature that may be a float -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowEncoder(nn.Cell):
    def __init__(self, in_dim=7, hidden=12):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, flows):
        return self.net(flows).squeeze(-1)


class IntrusionScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = FlowEncoder()

    def construct(self, flows, whitelist_mask=None, temperature=1.0):
        logits = self.encoder(flows)
        if isinstance(temperature, float):
            logits = logits / temperature
        scores = ops.sigmoid(logits)
        if whitelist_mask is not None:
            scores = scores * (1.0 - whitelist_mask.astype(ms.float32))
        return scores


def make():
    np.random.seed(24)
    flows = Tensor(np.random.randn(9, 7).astype(np.float32))
    wl = Tensor((np.random.rand(9) > 0.7).astype(np.int32))
    return IntrusionScorer(), (flows, wl, 2.0)

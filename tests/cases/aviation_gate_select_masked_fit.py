# case: gate assignment scorer pushes occupied gates to a large negative score using ops.select with a mask -> same-shape masking, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

OCCUPIED_PENALTY = -1.0e4


class GateFitScorer(nn.Cell):
    def __init__(self, n_gate_feats=6, n_flight_feats=8, dim=16):
        super().__init__()
        self.gate_proj = nn.Dense(n_gate_feats, dim)
        self.flight_proj = nn.Dense(n_flight_feats, dim)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, gate_feats, flight_feats, gate_free):
        g = self.gate_proj(gate_feats)
        f = self.flight_proj(flight_feats)
        fit = ops.matmul(g, f.T).squeeze(-1)
        is_free = gate_free > 0
        penalty = ops.full_like(fit, OCCUPIED_PENALTY)
        masked_fit = ops.select(is_free, fit, penalty)
        probs = self.softmax(masked_fit)
        return probs, ops.argmax(masked_fit)


def make():
    np.random.seed(22)
    gates = Tensor(np.random.randn(24, 6).astype(np.float32))
    flight = Tensor(np.random.randn(1, 8).astype(np.float32))
    free = Tensor((np.random.rand(24) > 0.4).astype(np.int32))
    return GateFitScorer(), (gates, flight, free)

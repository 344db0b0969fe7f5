# case: gate assignment scorer keeps only the scores of gates that are currently free, via boolean-mask indexing -> data-dependent output shape, dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateFitScorer(nn.Cell):
    def __init__(self, n_gate_feats=6, n_flight_feats=8, dim=16):
        super().__init__()
        self.gate_proj = nn.Dense(n_gate_feats, dim)
        self.flight_proj = nn.Dense(n_flight_feats, dim)

    def construct(self, gate_feats, flight_feats, gate_free):
        g = self.gate_proj(gate_feats)                 # (G, dim)
        f = self.flight_proj(flight_feats)             # (1, dim)
        fit = ops.matmul(g, f.T).squeeze(-1)           # (G,)
        free_fit = fit[gate_free > 0]
        best = free_fit.max()
        return best, free_fit.mean()


def make():
    np.random.seed(21)
    gates = Tensor(np.random.randn(24, 6).astype(np.float32))
    flight = Tensor(np.random.randn(1, 8).astype(np.float32))
    free = Tensor((np.random.rand(24) > 0.4).astype(np.int32))
    return GateFitScorer(), (gates, flight, free)

# case: emulates early stopping of sequence scoring by a cumulative-product "still running" mask over all steps, no data-dependent exit -> fixed trip count and shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequentialScorer(nn.Cell):
    def __init__(self, feat_dim=5, hidden=8, stop_at=0.9):
        super().__init__()
        self.cell = nn.GRUCell(feat_dim, hidden)
        self.head = nn.Dense(hidden, 1)
        self.stop_at = stop_at

    def construct(self, seq, h):
        steps = seq.shape[1]
        risks = []
        for t in range(steps):
            h = self.cell(seq[:, t, :], h)
            risks.append(ops.sigmoid(self.head(h)).squeeze(-1))
        risk = ops.stack(risks, axis=1)
        below = (risk < self.stop_at).astype(ms.float32)
        running = ops.cumprod(ops.concat((ops.ones_like(below[:, :1]), below[:, :-1]), axis=1), dim=1)
        final = (risk * running).max(axis=1)
        stop_step = running.sum(axis=1)
        return final, stop_step


def make():
    np.random.seed(14)
    seq = Tensor(np.random.randn(3, 6, 5).astype(np.float32))
    h0 = Tensor(np.zeros((3, 8), dtype=np.float32))
    return SequentialScorer(), (seq, h0)

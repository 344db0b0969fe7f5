# case: stop combination planner merges the stops drawn across pistons as a clipped one-hot sum over the fixed stop list -> fixed shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STOPS = 32


class PistonMerger(nn.Cell):
    def __init__(self, n_stops=N_STOPS, emb_dim=8):
        super().__init__()
        self.n_stops = n_stops
        self.stop_table = ms.Parameter(
            Tensor(np.random.randn(n_stops, emb_dim).astype(np.float32)), name="stop_table")
        self.loudness = nn.Dense(emb_dim, 1)

    def drawn_mask(self, piston_stops):
        onehot = ops.one_hot(piston_stops.reshape(-1), self.n_stops,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.clamp(onehot.sum(axis=0), 0.0, 1.0)

    def construct(self, piston_stops):
        mask = self.drawn_mask(piston_stops)
        per_stop = self.loudness(self.stop_table).squeeze(-1)
        return (per_stop * mask).sum()


def make():
    np.random.seed(319)
    pistons = np.random.randint(0, N_STOPS, size=(4, 6)).astype(np.int32)
    return PistonMerger(), (Tensor(pistons),)

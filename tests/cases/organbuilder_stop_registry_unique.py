# case: stop combination planner collects the distinct stop ids drawn across several pistons with ops.unique -> output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STOPS = 32


class PistonMerger(nn.Cell):
    def __init__(self, n_stops=N_STOPS, emb_dim=8):
        super().__init__()
        self.stop_embed = nn.Embedding(n_stops, emb_dim)
        self.loudness = nn.Dense(emb_dim, 1)

    def construct(self, piston_stops):
        # piston_stops: (n_pistons, stops_per_piston) int32 stop ids
        flat = piston_stops.reshape(-1)
        drawn, _ = ops.unique(flat)
        emb = self.stop_embed(drawn)
        return self.loudness(emb).sum()


def make():
    np.random.seed(318)
    pistons = np.random.randint(0, N_STOPS, size=(4, 6)).astype(np.int32)
    return PistonMerger(), (Tensor(pistons),)

# case: count sightings per vessel with a one-hot sum over a fixed MMSI table instead of unique -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VesselRoster(nn.Cell):
    def __init__(self, n_vessels=50, dim=8):
        super().__init__()
        self.n_vessels = n_vessels
        self.embed = nn.Embedding(n_vessels, dim)
        self.head = nn.Dense(dim, 1)

    def construct(self, mmsi_ids):
        onehot = ops.one_hot(mmsi_ids, self.n_vessels,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        seen = (counts > 0).astype(ms.float32)
        all_ids = ops.arange(self.n_vessels, dtype=ms.int32)
        scores = self.head(self.embed(all_ids)).squeeze(-1)
        return (scores * seen).sum(), seen.sum()


def make():
    np.random.seed(3036)
    ids = Tensor(np.random.randint(0, 50, size=(40,)).astype(np.int32))
    return VesselRoster(), (ids,)

# case: count distinct vessels in the watch log by running ops.unique on the MMSI ids and embedding them -> unique output shape depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VesselRoster(nn.Cell):
    def __init__(self, n_vessels=50, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_vessels, dim)
        self.head = nn.Dense(dim, 1)

    def construct(self, mmsi_ids):
        distinct, _ = ops.unique(mmsi_ids)
        vecs = self.embed(distinct)
        scores = self.head(vecs)
        return scores.sum(), distinct.shape[0]


def make():
    np.random.seed(3035)
    ids = Tensor(np.random.randint(0, 50, size=(40,)).astype(np.int32))
    return VesselRoster(), (ids,)

# case: multiply the sparse station-to-station trip count matrix (CSRTensor) by station embeddings to get expected inflow -> CSR sparse matmul in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InflowEstimator(nn.Cell):
    def __init__(self, n_stations, emb_dim=8):
        super().__init__()
        self.n_stations = n_stations
        self.emb = nn.Embedding(n_stations, emb_dim)
        self.out = nn.Dense(emb_dim, 1)

    def construct(self, indptr, indices, trips, station_ids):
        trip_mat = ms.CSRTensor(indptr, indices, trips, (self.n_stations, self.n_stations))
        e = self.emb(station_ids)
        inflow = trip_mat.mm(e)
        return self.out(inflow).squeeze(-1)


def make():
    np.random.seed(93)
    n = 20
    dense = (np.random.rand(n, n) < 0.2) * np.random.randint(1, 9, (n, n))
    indptr = np.concatenate([[0], np.cumsum((dense > 0).sum(1))]).astype(np.int32)
    indices = np.nonzero(dense)[1].astype(np.int32)
    trips = dense[dense > 0].astype(np.float32)
    ids = np.arange(n).astype(np.int32)
    return InflowEstimator(n), (Tensor(indptr), Tensor(indices), Tensor(trips), Tensor(ids))

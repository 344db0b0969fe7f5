# case: association graph stores track-detection affinities as a COOTensor built in construct and densified for scoring -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphAssocConfig:
    def __init__(self, num_tracks=4, num_dets=5, temperature=0.1):
        self.num_tracks = num_tracks
        self.num_dets = num_dets
        self.temperature = temperature


class SparseAffinity(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.num_tracks, config.num_dets)
        self.temperature = config.temperature

    def construct(self, edge_index, edge_sim):
        aff = ms.COOTensor(edge_index, edge_sim / self.temperature, self.shape)
        dense = aff.to_dense()
        return ops.softmax(dense, axis=1)


def make():
    np.random.seed(91)
    idx = np.array([[0, 0], [0, 2], [1, 1], [2, 3], [3, 4], [3, 0]], np.int32)
    sim = np.random.rand(6).astype(np.float32)
    return SparseAffinity(GraphAssocConfig()), (Tensor(idx), Tensor(sim))

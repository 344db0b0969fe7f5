# case: superpixel graph smoothing of change scores builds a CSRTensor adjacency from indptr/indices and multiplies it with the node features -> sparse CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    num_nodes = 8
    alpha = 0.5
    num_hops = 2


class SuperpixelSmoother(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_nodes = config.num_nodes
        self.alpha = config.alpha
        self.num_hops = config.num_hops

    def _adjacency(self, indptr, indices, weights):
        return ms.CSRTensor(indptr, indices, weights, (self.num_nodes, self.num_nodes))

    def construct(self, node_scores, indptr, indices, weights):
        adj = self._adjacency(indptr, indices, weights)
        h = node_scores
        for _ in range(self.num_hops):
            h = self.alpha * node_scores + (1 - self.alpha) * adj.mm(h)
        return h


def make():
    np.random.seed(30)
    n = 8
    indptr, indices, weights = [0], [], []
    for i in range(n):
        nbrs = [(i - 1) % n, (i + 1) % n]
        indices += nbrs
        weights += [0.5, 0.5]
        indptr.append(len(indices))
    scores = Tensor(np.random.rand(n, 2).astype(np.float32))
    return SuperpixelSmoother(GraphConfig()), (scores, Tensor(np.array(indptr, np.int32)),
                                               Tensor(np.array(indices, np.int32)),
                                               Tensor(np.array(weights, np.float32)))

# case: builds a sparse COOTensor of gripper-link vs obstacle collision pairs inside construct and converts it to dense to penalize grasp scores -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseCollisionPenalty(nn.Cell):
    def __init__(self, num_links=4, num_obstacles=5, penalty=2.0):
        super().__init__()
        self.shape = (num_links, num_obstacles)
        self.penalty = penalty

    def construct(self, pair_indices, pair_depths, link_scores):
        coll = COOTensor(pair_indices, pair_depths, self.shape)
        dense = coll.to_dense()
        per_link = dense.sum(axis=1)
        return link_scores - self.penalty * per_link


def make():
    np.random.seed(18)
    idx = Tensor(np.array([[0, 1], [2, 3], [3, 0]], np.int32))
    depth = Tensor(np.array([0.01, 0.03, 0.02], np.float32))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    return SparseCollisionPenalty(), (idx, depth, scores)

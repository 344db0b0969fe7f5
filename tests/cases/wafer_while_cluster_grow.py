# case: grows a defect cluster by concatenating neighbour dies in a while loop until the seed region stops expanding -> shape changes across loop iterations
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterGrower(nn.Cell):
    def __init__(self, link_dist=1.5, max_rounds=5):
        super().__init__()
        self.link_dist = link_dist
        self.max_rounds = max_rounds

    def neighbours(self, members, coords):
        d = ops.cdist(members, coords)
        return (d < self.link_dist).any(axis=0)

    def construct(self, coords):
        members = coords[0:1]
        size = Tensor(1, ms.int32)
        rounds = 0
        while size < coords.shape[0] and rounds < self.max_rounds:
            near = self.neighbours(members, coords)
            new_size = near.astype(ms.int32).sum()
            if new_size == size:
                break
            members = ops.concat((members, coords[size:size + 1]), axis=0)
            size = size + 1
            rounds += 1
        return members.mean(axis=0)


def make():
    np.random.seed(8)
    c = np.cumsum(np.random.uniform(0.2, 1.0, size=(12, 2)), axis=0).astype(np.float32)
    return ClusterGrower(), (Tensor(c),)

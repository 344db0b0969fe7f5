# case: spatial graph convolution over hand joints using a sparse COOTensor adjacency built in construct -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

HAND_EDGES = [(0, 1), (1, 2), (2, 3), (3, 4), (0, 5), (5, 6), (6, 7), (7, 8),
              (0, 9), (9, 10), (10, 11), (11, 12), (0, 13), (13, 14), (14, 15),
              (15, 16), (0, 17), (17, 18), (18, 19), (19, 20)]


class SparseHandGCN(nn.Cell):
    def __init__(self, in_ch=3, out_ch=8, joints=21):
        super().__init__()
        self.joints = joints
        e = np.array(HAND_EDGES + [(b, a) for a, b in HAND_EDGES], np.int32)
        self.indices = Tensor(e)
        self.values = Tensor(np.full(len(e), 0.5, np.float32))
        self.fc = nn.Dense(in_ch, out_ch)

    def construct(self, hand):
        # hand: (21, 3)
        adj = COOTensor(self.indices, self.values, (self.joints, self.joints))
        agg = adj.to_dense() @ hand + hand
        return self.fc(agg)


def make():
    np.random.seed(19)
    return SparseHandGCN(), (Tensor(np.random.rand(21, 3).astype(np.float32)),)

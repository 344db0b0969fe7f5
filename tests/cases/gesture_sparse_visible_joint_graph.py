# case: builds a COOTensor adjacency over visible hand joints and multiplies joint features by it for a graph-conv step -> error or unsupported sparse in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


HAND_EDGES = [(0, 1), (1, 2), (2, 3), (3, 4), (0, 5), (5, 6), (6, 7), (7, 8),
              (0, 9), (9, 10), (10, 11), (11, 12), (0, 13), (13, 14), (14, 15),
              (15, 16), (0, 17), (17, 18), (18, 19), (19, 20)]


class SparseHandGCN(nn.Cell):
    def __init__(self, in_dim=3, out_dim=8, num_joints=21):
        super().__init__()
        self.num_joints = num_joints
        edges = np.array(HAND_EDGES + [(b, a) for a, b in HAND_EDGES], dtype=np.int32)
        self.edge_index = Tensor(edges)
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, joints, joint_conf):
        visible = (joint_conf > 0.2).astype(ms.float32)
        src_vis = ops.gather(visible, self.edge_index[:, 0], 0)
        dst_vis = ops.gather(visible, self.edge_index[:, 1], 0)
        adj = COOTensor(self.edge_index, src_vis * dst_vis, (self.num_joints, self.num_joints))
        h = self.lin(joints)
        agg = ops.matmul(adj.to_dense(), h)
        return ops.relu(agg + h)


def make():
    np.random.seed(31)
    joints = Tensor(np.random.randn(21, 3).astype(np.float32))
    conf = Tensor(np.random.rand(21).astype(np.float32))
    return SparseHandGCN(), (joints, conf)

# case: mesh GNN aggregation where num_segments is taken from receivers.max() + 1 (tensor data); expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeMLP(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(2 * dim, dim)

    def construct(self, src, dst):
        return ops.tanh(self.fc(ops.concat((src, dst), axis=-1)))


class Net(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.edge_mlp = EdgeMLP(dim)

    def construct(self, node_feat, senders, receivers):
        src = ops.gather(node_feat, senders, 0)
        dst = ops.gather(node_feat, receivers, 0)
        msg = self.edge_mlp(src, dst)
        n_seg = receivers.max() + 1
        agg = ops.unsorted_segment_sum(msg, receivers, n_seg)
        return agg.sum(axis=0)


def make():
    feat = Tensor(np.random.randn(6, 4).astype(np.float32))
    senders = Tensor(np.array([0, 1, 2, 3, 4, 5, 0, 2], np.int32))
    receivers = Tensor(np.array([1, 2, 3, 4, 5, 0, 3, 5], np.int32))
    return Net(), (feat, senders, receivers)

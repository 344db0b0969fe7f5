# case: GCN-style message passing, unsorted_segment_sum with num_segments from __init__ constant; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_NODES = 16
NUM_EDGES = 40


class MessagePassing(nn.Cell):
    def __init__(self, in_dim, out_dim, num_nodes=NUM_NODES):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, x, src, dst):
        h = self.lin(x)
        msg = ops.gather(h, src, 0)
        agg = ops.unsorted_segment_sum(msg, dst, self.num_nodes)
        deg = ops.unsorted_segment_sum(ops.ones_like(dst).astype(ms.float32), dst, self.num_nodes)
        deg = ops.clamp(deg, min=1.0).reshape(-1, 1)
        return ops.relu(agg / deg + h)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = MessagePassing(8, 16)
        self.conv2 = MessagePassing(16, 4)

    def construct(self, x, src, dst):
        h = self.conv1(x, src, dst)
        return self.conv2(h, src, dst)


def make():
    rng = np.random.RandomState(0)
    x = Tensor(rng.randn(NUM_NODES, 8).astype(np.float32))
    src = Tensor(rng.randint(0, NUM_NODES, NUM_EDGES).astype(np.int32))
    dst = Tensor(rng.randint(0, NUM_NODES, NUM_EDGES).astype(np.int32))
    return Net(), (x, src, dst)

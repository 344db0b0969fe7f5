# case: multi-hop propagation whose number of hops comes from an input tensor and whose per-hop outputs are stacked -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHopReasoner(nn.Cell):
    def __init__(self, num_nodes=10, dim=8, readout="attn"):
        super().__init__()
        self.num_nodes = num_nodes
        self.hop = nn.Dense(dim, dim)
        self.att = nn.Dense(dim, 1)
        self.readout = readout

    def propagate(self, h, src, dst):
        msg = ops.gather(h, src, 0)
        return ops.relu(self.hop(ops.unsorted_segment_sum(msg, dst, self.num_nodes)))

    def construct(self, x, edge_index, num_hops):
        h = x
        states = []
        for _ in range(num_hops):
            h = self.propagate(h, edge_index[0], edge_index[1])
            states.append(h)
        stacked = ops.stack(states, axis=0)
        if self.readout == "attn":
            w = ops.softmax(self.att(stacked), axis=0)
            return (w * stacked).sum(0)
        return stacked.mean(0)


def make():
    np.random.seed(26)
    x = np.random.randn(10, 8).astype(np.float32)
    edges = np.random.randint(0, 10, (2, 24)).astype(np.int32)
    return MultiHopReasoner(), (Tensor(x), Tensor(edges), Tensor(np.int32(3)))

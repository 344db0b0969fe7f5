# case: batched-graph readout builds the node-to-graph index with ops.repeat_interleave over a per-graph node-count tensor; expect dynamic or error (unsupported on CPU) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_GRAPHS = 3


class GraphReadout(nn.Cell):
    def __init__(self, d=8, n_out=2):
        super().__init__()
        self.node_mlp = nn.SequentialCell([nn.Dense(d, 16), nn.ReLU(), nn.Dense(16, 16)])
        self.out = nn.Dense(16, n_out)

    def construct(self, x, nodes_per_graph):
        h = self.node_mlp(x)
        graph_ids = ops.arange(N_GRAPHS, dtype=ms.int32)
        batch = ops.repeat_interleave(graph_ids, nodes_per_graph, 0)
        summed = ops.unsorted_segment_sum(h, batch, N_GRAPHS)
        counts = nodes_per_graph.astype(ms.float32)[:, None]
        return self.out(summed / counts)


def make():
    x = Tensor(np.random.randn(9, 8).astype(np.float32))
    return GraphReadout(), (x, Tensor(np.array([2, 3, 4], np.int32)))

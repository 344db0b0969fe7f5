# case: lead-graph message passing builds a COOTensor adjacency of neighbouring ECG leads inside construct and multiplies it with lead features -> sparse tensor in construct, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LIMB_EDGES = ((0, 1), (1, 2), (0, 4), (1, 5), (2, 5), (3, 4))


class LeadGraphConfig:
    def __init__(self, n_leads=6, hidden=16, edges=LIMB_EDGES, self_loops=True):
        self.n_leads = n_leads
        self.hidden = hidden
        self.edges = edges
        self.self_loops = self_loops


def edge_arrays(edges, n, self_loops):
    pairs = list(edges) + [(j, i) for i, j in edges]
    if self_loops:
        pairs += [(i, i) for i in range(n)]
    idx = np.array(pairs, np.int32)
    val = np.ones(len(pairs), np.float32) / 3.0
    return idx, val


class LeadGraphConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        idx, val = edge_arrays(config.edges, config.n_leads, config.self_loops)
        self.indices = Tensor(idx)
        self.values = Tensor(val)
        self.n = config.n_leads
        self.lin = nn.Dense(config.hidden, config.hidden)

    def construct(self, lead_feats):
        adj = ms.COOTensor(self.indices, self.values, (self.n, self.n))
        msgs = [adj.to_dense() @ lead_feats[b] for b in range(lead_feats.shape[0])]
        agg = ops.stack(msgs)
        return ops.relu(self.lin(agg))


def make():
    np.random.seed(3747)
    x = np.random.randn(2, 6, 16).astype(np.float32)
    return LeadGraphConv(LeadGraphConfig()), (Tensor(x),)

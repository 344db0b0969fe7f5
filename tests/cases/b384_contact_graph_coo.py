# case: body contact graph encoder that builds an ms.COOTensor adjacency from link contact indices and densifies it to aggregate link features -> sparse tensors in construct, likely rejected or unsupported on CPU Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkGraphConfig:
    num_links = 13
    feat_dim = 6
    hidden = 8


class ContactGraphEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_links = config.num_links
        self.proj = nn.Dense(config.feat_dim, config.hidden)

    def _adjacency(self, edge_index, edge_weight):
        shape = (self.num_links, self.num_links)
        return ms.COOTensor(edge_index, edge_weight, shape)

    def construct(self, edge_index, edge_weight, link_feats):
        adj = self._adjacency(edge_index, edge_weight)
        h = self.proj(link_feats)
        agg = ops.matmul(adj.to_dense(), h)
        return ops.relu(agg).mean(0)


def make():
    np.random.seed(22)
    cfg = LinkGraphConfig()
    src = np.array([0, 1, 1, 2, 4, 7, 9, 12], np.int32)
    dst = np.array([1, 0, 2, 1, 5, 8, 10, 11], np.int32)
    idx = Tensor(np.stack([src, dst], axis=1))
    w = Tensor(np.ones(len(src), np.float32))
    feats = Tensor(np.random.randn(cfg.num_links, cfg.feat_dim).astype(np.float32))
    return ContactGraphEncoder(cfg), (idx, w, feats)

# case: relational conv picking per-edge messages from two relation weights with ops.select on an edge-type mask of the same shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RGCNConfig:
    hidden = 16
    num_relations = 2
    root_weight = True
    self_loop_type = None


class TwoRelationConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rel_lins = nn.CellList([nn.Dense(config.hidden, config.hidden, has_bias=False)
                                     for _ in range(config.num_relations)])
        self.root = nn.Dense(config.hidden, config.hidden) if config.root_weight else None

    def construct(self, x, edge_index, edge_type):
        x_j = x[edge_index[0]]
        msgs = [lin(x_j) for lin in self.rel_lins]
        is_rel1 = (edge_type == 1).view(-1, 1)
        is_rel1 = ops.broadcast_to(is_rel1, msgs[0].shape)
        msg = ops.select(is_rel1, msgs[1], msgs[0])
        out = ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])
        if self.root is not None:
            out = out + self.root(x)
        return out


def make():
    np.random.seed(3459)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    et = Tensor(np.random.randint(0, 2, size=e).astype(np.int32))
    return TwoRelationConv(RGCNConfig()), (x, ei, et)

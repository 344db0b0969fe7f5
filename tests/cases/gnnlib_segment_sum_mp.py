# case: GCN-style message passing layer gathering source features and scattering them with unsorted_segment_sum sized by x.shape[0] -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MPConfig:
    hidden_size = 16
    aggr = "add"
    add_bias = True
    return_dict = False


def gather_src(x, edge_index):
    return ops.gather(x, edge_index[0], 0)


class MessagePassing(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.aggr = config.aggr
        self.return_dict = config.return_dict
        self.lin = nn.Dense(config.hidden_size, config.hidden_size, has_bias=config.add_bias)

    def message(self, x_j, edge_weight=None):
        if edge_weight is None:
            return x_j
        return x_j * edge_weight.view(-1, 1)

    def aggregate(self, msg, index, num_nodes):
        out = ops.unsorted_segment_sum(msg, index, num_nodes)
        if self.aggr == "mean":
            cnt = ops.unsorted_segment_sum(ops.ones_like(msg[:, :1]), index, num_nodes)
            out = out / ops.clamp(cnt, min=1.0)
        return out

    def construct(self, x, edge_index, edge_weight=None):
        num_nodes = x.shape[0]
        msg = self.message(gather_src(x, edge_index), edge_weight)
        out = self.aggregate(msg, edge_index[1], num_nodes)
        out = self.lin(out)
        if not self.return_dict:
            return (out,)
        return {"last_hidden_state": out}


def make():
    np.random.seed(3431)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    w = Tensor(np.random.rand(e).astype(np.float32))
    return MessagePassing(MPConfig()), (x, ei, w)

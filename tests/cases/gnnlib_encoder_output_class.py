# case: GNN encoder with return_dict=True in its config builds and returns a plain Python GraphEncoderOutput object from construct -> plain class instance in graph, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    hidden = 16
    num_layers = 3
    use_return_dict = True
    output_hidden_states = False


class GraphEncoderOutput:
    def __init__(self, last_hidden_state, graph_embedding=None, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.graph_embedding = graph_embedding
        self.hidden_states = hidden_states


class GraphLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, x, edge_index):
        agg = ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], x.shape[0])
        return ops.relu(self.lin(x + agg))


class GraphEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.use_return_dict = config.use_return_dict
        self.layers = nn.CellList([GraphLayer(config.hidden) for _ in range(config.num_layers)])

    def construct(self, x, edge_index, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        for layer in self.layers:
            x = layer(x, edge_index)
        g = x.mean(0, keep_dims=True)
        if not return_dict:
            return (x, g)
        return GraphEncoderOutput(last_hidden_state=x, graph_embedding=g)


def make():
    np.random.seed(3447)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return GraphEncoder(EncoderConfig()), (x, ei)

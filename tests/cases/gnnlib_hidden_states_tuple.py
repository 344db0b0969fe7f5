# case: GNN encoder accumulating per-layer hidden states into a tuple when output_hidden_states is set, output length depends only on config flags -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class EncoderConfig:
    hidden: int = 16
    num_layers: int = 3
    output_hidden_states: bool = True
    output_attentions: bool = False
    residual: bool = True


class ResGatedLayer(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.key = nn.Dense(hidden, hidden)
        self.query = nn.Dense(hidden, hidden)
        self.value = nn.Dense(hidden, hidden)

    def construct(self, x, edge_index):
        src, dst = edge_index[0], edge_index[1]
        gate = ops.sigmoid(self.key(x)[dst] + self.query(x)[src])
        out = ops.unsorted_segment_sum(gate * self.value(x)[src], dst, x.shape[0])
        return out, gate


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_hidden_states = config.output_hidden_states
        self.output_attentions = config.output_attentions
        self.residual = config.residual
        self.layers = nn.CellList([ResGatedLayer(config.hidden) for _ in range(config.num_layers)])

    def construct(self, x, edge_index):
        all_hidden = () if self.output_hidden_states else None
        all_gates = () if self.output_attentions else None
        for i, layer in enumerate(self.layers):
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            out, gate = layer(x, edge_index)
            x = x + out if self.residual and i > 0 else out
            if self.output_attentions:
                all_gates = all_gates + (gate,)
        outputs = (x,)
        if all_hidden is not None:
            outputs = outputs + (all_hidden + (x,),)
        if all_gates is not None:
            outputs = outputs + (all_gates,)
        return outputs


def make():
    np.random.seed(3448)
    n, e = 12, 28
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return Encoder(EncoderConfig()), (x, ei)

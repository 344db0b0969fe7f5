# case: a Mixtral-style MoE router using ops.topk with k from the config, softmax over the selected logits and a one-hot combine over a fixed number of experts, so all shapes are static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoeConfig:
    hidden_size = 8
    num_local_experts = 4
    num_experts_per_tok = 2


class SparseMoeBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_local_experts
        self.top_k = config.num_experts_per_tok
        self.gate = nn.Dense(config.hidden_size, self.num_experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size)
                                    for _ in range(self.num_experts)])

    def construct(self, hidden_states):
        b, s, h = hidden_states.shape
        x = hidden_states.view(-1, h)
        router_logits = self.gate(x)
        routing_weights, selected = ops.topk(router_logits, self.top_k)
        routing_weights = ops.softmax(routing_weights, axis=-1)
        dense_w = (ops.one_hot(selected, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
                   * routing_weights.unsqueeze(-1)).sum(1)
        out = ops.zeros_like(x)
        for e in range(self.num_experts):
            out = out + self.experts[e](x) * dense_w[:, e:e + 1]
        return out.view(b, s, h), router_logits


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return SparseMoeBlock(MoeConfig()), (x,)

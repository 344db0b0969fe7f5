# case: Mixtral-style expert loop picks the tokens routed to each expert with ops.nonzero, runs the expert on them and index-adds the result back -> data-dependent token counts, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixtralConfig:
    def __init__(self, hidden_size=32, ffn_dim=48, num_local_experts=4, num_experts_per_tok=2):
        self.hidden_size = hidden_size
        self.ffn_dim = ffn_dim
        self.num_local_experts = num_local_experts
        self.num_experts_per_tok = num_experts_per_tok


class BlockSparseTop2MLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.w1 = nn.Dense(config.hidden_size, config.ffn_dim, has_bias=False)
        self.w2 = nn.Dense(config.ffn_dim, config.hidden_size, has_bias=False)
        self.w3 = nn.Dense(config.hidden_size, config.ffn_dim, has_bias=False)

    def construct(self, hidden_states, routing_weights):
        h = ops.silu(self.w1(hidden_states)) * self.w3(hidden_states)
        return routing_weights * self.w2(h)


class SparseMoeBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_local_experts
        self.top_k = config.num_experts_per_tok
        self.gate = nn.Dense(config.hidden_size, self.num_experts, has_bias=False)
        self.experts = nn.CellList([BlockSparseTop2MLP(config) for _ in range(self.num_experts)])

    def construct(self, hidden_states):
        router_logits = self.gate(hidden_states)
        routing_weights = ops.softmax(router_logits, axis=-1)
        routing_weights, selected_experts = ops.topk(routing_weights, self.top_k)
        routing_weights = routing_weights / routing_weights.sum(axis=-1, keepdims=True)
        final = ops.zeros_like(hidden_states)
        for expert_idx, expert_layer in enumerate(self.experts):
            hits = ops.nonzero(selected_experts == expert_idx)
            token_idx = hits[:, 0]
            slot_idx = hits[:, 1]
            current_state = ops.gather(hidden_states, token_idx, 0)
            weights = ops.gather_nd(routing_weights, hits).reshape(-1, 1)
            current_out = expert_layer(current_state, weights)
            final = ops.index_add(final, token_idx.astype(ms.int32), current_out, 0)
        return final, router_logits


def make():
    np.random.seed(15)
    block = SparseMoeBlock(MixtralConfig())
    x = Tensor(np.random.randn(16, 32).astype(np.float32))
    return block, (x,)

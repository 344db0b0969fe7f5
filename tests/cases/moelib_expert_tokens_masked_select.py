# case: expert-choice dispatch gathers the hidden states routed to expert 0 with ops.masked_select inside a helper and reshapes them to (n_tokens, hidden) -> masked_select output length depends on data, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DispatchConfig:
    def __init__(self, hidden_size=16, num_experts=3, drop_tokens=False):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.drop_tokens = drop_tokens


def gather_expert_tokens(hidden_states, expert_ids, expert):
    sel = (expert_ids == expert).reshape(-1, 1)
    sel = ops.broadcast_to(sel, hidden_states.shape)
    flat = ops.masked_select(hidden_states, sel)
    return flat.reshape(-1, hidden_states.shape[-1])


class PerExpertDispatch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size)
                                    for _ in range(config.num_experts)])

    def construct(self, hidden_states):
        expert_ids = ops.argmax(self.gate(hidden_states), dim=-1)
        summaries = []
        for e, expert in enumerate(self.experts):
            tokens = gather_expert_tokens(hidden_states, expert_ids, e)
            summaries.append(expert(tokens).sum(axis=0))
        return ops.stack(summaries, axis=0)


def make():
    np.random.seed(35)
    cell = PerExpertDispatch(DispatchConfig())
    x = Tensor(np.random.randn(9, 16).astype(np.float32))
    return cell, (x,)

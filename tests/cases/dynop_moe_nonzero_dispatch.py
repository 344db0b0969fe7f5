# case: a Switch-transformer dispatch loop that, for each expert, finds its tokens with nonzero(argmax == e), runs the expert on those rows and scatters back with index_add, so per-expert token counts are dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwitchMLP(nn.Cell):
    def __init__(self, hidden=8, num_experts=3):
        super().__init__()
        self.num_experts = num_experts
        self.router = nn.Dense(hidden, num_experts)
        self.experts = nn.CellList([nn.Dense(hidden, hidden) for _ in range(num_experts)])

    def construct(self, hidden_states):
        b, s, h = hidden_states.shape
        tokens = hidden_states.reshape(-1, h)
        probs = ops.softmax(self.router(tokens), axis=-1)
        expert_index = probs.argmax(-1)
        final = ops.zeros_like(tokens)
        for idx, expert in enumerate(self.experts):
            token_idx = ops.nonzero(expert_index == idx).view(-1)
            expert_in = tokens[token_idx]
            expert_out = expert(expert_in) * probs[token_idx, idx].unsqueeze(-1)
            final = ops.index_add(final, token_idx.astype(ms.int32), expert_out, 0)
        return final.reshape(b, s, h)


def make():
    ms.set_seed(0)
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 16, 8).astype(np.float32))
    return SwitchMLP(), (x,)

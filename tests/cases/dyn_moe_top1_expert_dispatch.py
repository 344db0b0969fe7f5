# case: switch-style mixture of experts routes each token to its top-1 expert by boolean-mask indexing per expert and scatters results back -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Expert(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Dense(dim, hidden)
        self.fc2 = nn.Dense(hidden, dim)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


class SwitchFFN(nn.Cell):
    def __init__(self, dim=8, hidden=16, num_experts=3):
        super().__init__()
        self.router = nn.Dense(dim, num_experts)
        self.experts = nn.CellList([Expert(dim, hidden) for _ in range(num_experts)])
        self.num_experts = num_experts

    def construct(self, tokens):
        probs = ops.softmax(self.router(tokens), axis=-1)
        gate, expert_idx = probs.max(axis=-1, return_indices=True)
        out = ops.zeros_like(tokens)
        for e in range(self.num_experts):
            sel = expert_idx == e
            routed = tokens[sel]
            expert_out = self.experts[e](routed) * gate[sel].expand_dims(-1)
            out[sel] = expert_out
        return out


def make():
    np.random.seed(24)
    tokens = Tensor(np.random.randn(10, 8).astype(np.float32))
    return SwitchFFN(), (tokens,)

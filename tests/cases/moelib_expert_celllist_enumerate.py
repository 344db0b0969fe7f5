# case: MoE layer iterates over an nn.CellList of SwiGLU experts with enumerate, masking each expert's contribution by multiplication with its routing weight column -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpertConfig:
    def __init__(self, hidden_size=32, moe_intermediate_size=40, n_routed_experts=4, num_experts_per_tok=2,
                 n_shared_experts=1, norm_topk_prob=False):
        self.hidden_size = hidden_size
        self.moe_intermediate_size = moe_intermediate_size
        self.n_routed_experts = n_routed_experts
        self.num_experts_per_tok = num_experts_per_tok
        self.n_shared_experts = n_shared_experts
        self.norm_topk_prob = norm_topk_prob


class SwiGLUExpert(nn.Cell):
    def __init__(self, hidden, inter):
        super().__init__()
        self.gate_proj = nn.Dense(hidden, inter, has_bias=False)
        self.up_proj = nn.Dense(hidden, inter, has_bias=False)
        self.down_proj = nn.Dense(inter, hidden, has_bias=False)

    def construct(self, x):
        return self.down_proj(ops.silu(self.gate_proj(x)) * self.up_proj(x))


class DeepSeekStyleMoE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.num_experts_per_tok
        self.n_experts = config.n_routed_experts
        self.norm_topk_prob = config.norm_topk_prob
        self.gate = nn.Dense(config.hidden_size, self.n_experts, has_bias=False)
        self.experts = nn.CellList([SwiGLUExpert(config.hidden_size, config.moe_intermediate_size)
                                    for _ in range(self.n_experts)])
        self.shared_experts = None
        if config.n_shared_experts is not None and config.n_shared_experts > 0:
            self.shared_experts = SwiGLUExpert(config.hidden_size,
                                               config.moe_intermediate_size * config.n_shared_experts)

    def construct(self, hidden_states):
        scores = ops.softmax(self.gate(hidden_states), axis=-1)
        topk_weight, topk_idx = ops.topk(scores, self.top_k)
        if self.norm_topk_prob:
            topk_weight = topk_weight / (topk_weight.sum(axis=-1, keepdims=True) + 1e-20)
        y = ops.zeros_like(hidden_states)
        for i, expert in enumerate(self.experts):
            weight_i = (topk_weight * (topk_idx == i).astype(ms.float32)).sum(axis=-1, keepdims=True)
            y = y + expert(hidden_states) * weight_i
        if self.shared_experts is not None:
            y = y + self.shared_experts(hidden_states)
        return y


def make():
    np.random.seed(24)
    moe = DeepSeekStyleMoE(ExpertConfig())
    x = Tensor(np.random.randn(12, 32).astype(np.float32))
    return moe, (x,)

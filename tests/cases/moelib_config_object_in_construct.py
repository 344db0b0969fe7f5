# case: Qwen-style sparse MoE block keeps the whole plain-Python config on self and reads its fields (num_experts, norm_topk_prob, shared expert gate flag) inside construct -> constant attribute reads, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QwenMoEConfig:
    def __init__(self, hidden_size=32, moe_intermediate_size=24, num_experts=4, num_experts_per_tok=2,
                 norm_topk_prob=False, shared_expert_intermediate_size=48):
        self.hidden_size = hidden_size
        self.moe_intermediate_size = moe_intermediate_size
        self.num_experts = num_experts
        self.num_experts_per_tok = num_experts_per_tok
        self.norm_topk_prob = norm_topk_prob
        self.shared_expert_intermediate_size = shared_expert_intermediate_size


class MLP(nn.Cell):
    def __init__(self, hidden, inter):
        super().__init__()
        self.gate_up = nn.Dense(hidden, 2 * inter, has_bias=False)
        self.down = nn.Dense(inter, hidden, has_bias=False)

    def construct(self, x):
        g, u = ops.chunk(self.gate_up(x), 2, axis=-1)
        return self.down(ops.silu(g) * u)


class QwenSparseMoeBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts = nn.CellList([MLP(config.hidden_size, config.moe_intermediate_size)
                                    for _ in range(config.num_experts)])
        self.shared_expert = MLP(config.hidden_size, config.shared_expert_intermediate_size)
        self.shared_expert_gate = nn.Dense(config.hidden_size, 1, has_bias=False)

    def construct(self, hidden_states):
        b, s, h = hidden_states.shape
        x = hidden_states.reshape(-1, h)
        router_logits = self.gate(x)
        probs = ops.softmax(router_logits, axis=-1)
        topk_w, topk_i = ops.topk(probs, self.config.num_experts_per_tok)
        if self.config.norm_topk_prob:
            topk_w = topk_w / topk_w.sum(axis=-1, keepdims=True)
        dense_w = ops.zeros((x.shape[0], self.config.num_experts), ms.float32)
        dense_w = ops.tensor_scatter_elements(dense_w, topk_i.astype(ms.int32), topk_w, axis=1)
        out = sum([expert(x) * dense_w[:, i:i + 1] for i, expert in enumerate(self.experts)])
        out = out + ops.sigmoid(self.shared_expert_gate(x)) * self.shared_expert(x)
        return out.reshape(b, s, h), router_logits


def make():
    np.random.seed(42)
    block = QwenSparseMoeBlock(QwenMoEConfig())
    x = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    return block, (x,)

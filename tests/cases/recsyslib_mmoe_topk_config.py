# case: sparse MMoE gate keeps the top-k experts with k taken from the config (Python int), weights scattered back into a dense gate -> static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MMoEConfig:
    hidden = 16
    num_experts = 4
    expert_dim = 8
    num_tasks = 2
    top_k = None


class SparseGate(nn.Dense):
    def __init__(self, in_dim, num_experts, top_k=None):
        super().__init__(in_dim, num_experts)
        self.top_k = num_experts if top_k is None else top_k

    def construct(self, x):
        logits = super().construct(x)
        vals, idx = ops.topk(logits, self.top_k)
        weights = ops.softmax(vals, axis=-1)
        return ops.tensor_scatter_elements(ops.zeros_like(logits), idx, weights, axis=-1)


class SparseMMoE(nn.Cell):
    def __init__(self, config, **gate_kwargs):
        super().__init__()
        top_k = config.top_k if config.top_k is not None else max(1, config.num_experts // 2)
        self.experts = nn.CellList([nn.Dense(config.hidden, config.expert_dim, activation="relu")
                                    for _ in range(config.num_experts)])
        self.gates = nn.CellList([SparseGate(config.hidden, config.num_experts, top_k, **gate_kwargs)
                                  for _ in range(config.num_tasks)])

    def construct(self, x):
        expert_out = ops.stack([e(x) for e in self.experts], axis=1)
        return tuple((expert_out * g(x).expand_dims(-1)).sum(axis=1) for g in self.gates)


def make():
    np.random.seed(3918)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return SparseMMoE(MMoEConfig()), (x,)

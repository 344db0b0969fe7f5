# case: sparse MMoE gate keeps the top-k experts where k is read from a per-batch budget tensor with .item() -> top-k size from data, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MMoEConfig:
    def __init__(self, hidden=16, num_experts=4, expert_dim=8, num_tasks=2, sparse_gate=True):
        self.hidden = hidden
        self.num_experts = num_experts
        self.expert_dim = expert_dim
        self.num_tasks = num_tasks
        self.sparse_gate = sparse_gate


class GateMixin:
    def sparse_softmax(self, gate_logits, budget):
        k = budget.item()
        vals, idx = ops.topk(gate_logits, k)
        weights = ops.softmax(vals, axis=-1)
        return ops.tensor_scatter_elements(ops.zeros_like(gate_logits), idx, weights, axis=-1)


class MMoE(nn.Cell, GateMixin):
    def __init__(self, config):
        super().__init__()
        self.experts = nn.CellList([nn.Dense(config.hidden, config.expert_dim, activation="relu")
                                    for _ in range(config.num_experts)])
        self.gates = nn.CellList([nn.Dense(config.hidden, config.num_experts) for _ in range(config.num_tasks)])
        self.sparse_gate = config.sparse_gate

    def construct(self, x, expert_budget):
        expert_out = ops.stack([e(x) for e in self.experts], axis=1)
        task_outs = []
        for gate in self.gates:
            logits = gate(x)
            w = self.sparse_softmax(logits, expert_budget) if self.sparse_gate else ops.softmax(logits, axis=-1)
            task_outs.append((expert_out * w.expand_dims(-1)).sum(axis=1))
        return tuple(task_outs)


def make():
    np.random.seed(3917)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    budget = Tensor(2, ms.int32)
    return MMoE(MMoEConfig()), (x, budget)

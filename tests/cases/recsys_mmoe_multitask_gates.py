# case: MMoE multi-task CTR/CVR model: shared experts in a CellList, one softmax gate and tower per task, task count from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def mlp(in_dim, hidden, out_dim):
    return nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, out_dim)])


class MMoE(nn.Cell):
    def __init__(self, in_dim=10, num_experts=3, expert_dim=8, tasks=("ctr", "cvr"), tower_hidden=8):
        super().__init__()
        self.experts = nn.CellList([mlp(in_dim, 16, expert_dim) for _ in range(num_experts)])
        self.gates = nn.CellList([nn.Dense(in_dim, num_experts) for _ in tasks])
        self.towers = nn.CellList([mlp(expert_dim, tower_hidden, 1) for _ in tasks])
        self.num_tasks = len(tasks)

    def construct(self, x):
        expert_out = ops.stack([e(x) for e in self.experts], axis=1)     # (B, E, D)
        outputs = ()
        for t in range(self.num_tasks):
            gate = ops.softmax(self.gates[t](x), axis=-1).expand_dims(-1)  # (B, E, 1)
            mixed = (gate * expert_out).sum(axis=1)
            outputs = outputs + (ops.sigmoid(self.towers[t](mixed)).squeeze(-1),)
        ctr = outputs[0]
        if self.num_tasks > 1:
            ctcvr = ctr * outputs[1]
            return ctr, ctcvr
        return ctr, ctr


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(5, 10).astype(np.float32))
    return MMoE(), (x,)

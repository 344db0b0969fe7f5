# case: MMoE multi-task ranking (CTR/CVR) with shared experts in a CellList and per-task softmax gates looped over a Python range -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Expert(nn.Cell):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])

    def construct(self, x):
        return self.net(x)


class MMoE(nn.Cell):
    def __init__(self, in_dim=8, hidden=6, num_experts=3, num_tasks=2, use_ctcvr=True):
        super().__init__()
        self.num_tasks = num_tasks
        self.use_ctcvr = use_ctcvr
        self.experts = nn.CellList([Expert(in_dim, hidden) for _ in range(num_experts)])
        self.gates = nn.CellList([nn.Dense(in_dim, num_experts) for _ in range(num_tasks)])
        self.towers = nn.CellList([nn.Dense(hidden, 1) for _ in range(num_tasks)])

    def construct(self, x):
        expert_out = ops.stack([e(x) for e in self.experts], axis=1)
        preds = []
        for t in range(self.num_tasks):
            w = ops.softmax(self.gates[t](x), axis=-1).expand_dims(-1)
            mixed = (w * expert_out).sum(axis=1)
            preds.append(ops.sigmoid(self.towers[t](mixed)).squeeze(-1))
        if self.use_ctcvr:
            preds.append(preds[0] * preds[1])
        return tuple(preds)


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return MMoE(), (x,)

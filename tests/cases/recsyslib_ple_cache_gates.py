# case: PLE extraction layer keeps the last gate weights on self for later inspection (cache_gates flag defaults to True) -> attribute of self written in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PLEConfig:
    def __init__(self, hidden=16, shared_experts=2, task_experts=1, num_tasks=2, cache_gates=True):
        self.hidden = hidden
        self.shared_experts = shared_experts
        self.task_experts = task_experts
        self.num_tasks = num_tasks
        self.cache_gates = cache_gates


def expert_list(n, dim):
    return nn.CellList([nn.Dense(dim, dim, activation="relu") for _ in range(n)])


class ExtractionLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shared = expert_list(config.shared_experts, config.hidden)
        self.task_specific = nn.CellList([expert_list(config.task_experts, config.hidden)
                                          for _ in range(config.num_tasks)])
        n_gate = config.shared_experts + config.task_experts
        self.gates = nn.CellList([nn.Dense(config.hidden, n_gate) for _ in range(config.num_tasks)])
        self.cache_gates = config.cache_gates
        self.last_gates = None

    def construct(self, x):
        shared_out = [e(x) for e in self.shared]
        outs = []
        gate_ws = []
        for experts, gate in zip(self.task_specific, self.gates):
            stacked = ops.stack(shared_out + [e(x) for e in experts], axis=1)
            w = ops.softmax(gate(x), axis=-1)
            gate_ws.append(w)
            outs.append((stacked * w.expand_dims(-1)).sum(axis=1))
        if self.cache_gates:
            self.last_gates = ops.stack(gate_ws, axis=1)
        return tuple(outs)


def make():
    np.random.seed(3919)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return ExtractionLayer(PLEConfig()), (x,)

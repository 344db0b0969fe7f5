# case: MMoE with one gate and one tower per task name listed in the config, iterating zip(gates, towers) and enumerate over the task names -> all loops over Python containers, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class MMoEConfig:
    in_dim: int = 16
    num_experts: int = 4
    expert_dim: int = 12
    tasks: tuple = ("ctr", "cvr")
    gate_temperature: float = 1.0


class MMoE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_tasks = len(config.tasks)
        self.temperature = config.gate_temperature
        self.experts = nn.CellList([nn.SequentialCell([nn.Dense(config.in_dim, config.expert_dim), nn.ReLU()])
                                    for _ in range(config.num_experts)])
        self.gates = nn.CellList([nn.Dense(config.in_dim, config.num_experts) for _ in config.tasks])
        self.towers = nn.CellList([nn.Dense(config.expert_dim, 1) for _ in config.tasks])

    def construct(self, x):
        expert_out = ops.stack([expert(x) for expert in self.experts], axis=1)
        task_logits = ()
        for gate, tower in zip(self.gates, self.towers):
            w = ops.softmax(gate(x) / self.temperature, axis=-1)
            mixed = (w.expand_dims(-1) * expert_out).sum(axis=1)
            task_logits = task_logits + (tower(mixed),)
        return ops.concat(task_logits, axis=-1)


def make():
    np.random.seed(38513)
    cfg = MMoEConfig()
    x = Tensor(np.random.randn(7, cfg.in_dim).astype(np.float32))
    return MMoE(cfg), (x,)

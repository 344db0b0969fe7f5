# case: greedy expert assignment loops while unassigned tokens remain (tensor condition), appending per-expert masks to a list that is stacked at the end -> loop count from data changes the stacked shape, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AssignConfig:
    def __init__(self, hidden_size=32, num_experts=4, capacity=3):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.capacity = capacity


class GreedyCapacityAssigner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.capacity = config.capacity
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)

    def _take_for_expert(self, preference, remaining, expert_id):
        wants = (preference == expert_id).astype(ms.float32) * remaining
        rank = ops.cumsum(wants, axis=0) * wants
        return wants * (rank <= self.capacity).astype(ms.float32)

    def construct(self, hidden_states):
        scores = self.gate(hidden_states)
        preference = ops.argmax(scores, dim=-1)
        remaining = ops.ones((hidden_states.shape[0],), ms.float32)
        assignments = []
        expert_id = 0
        while remaining.sum() > 0 and expert_id < self.num_experts:
            taken = self._take_for_expert(preference, remaining, expert_id)
            assignments.append(taken)
            remaining = remaining - taken
            expert_id += 1
        dispatch = ops.stack(assignments, axis=-1)
        return dispatch, remaining


def make():
    np.random.seed(23)
    assigner = GreedyCapacityAssigner(AssignConfig())
    x = Tensor(np.random.randn(10, 32).astype(np.float32))
    return assigner, (x,)
